// Shared shapes of the conflict-reduction stage (NaVAB §3.4 Step II): article links, cycles, round decisions.
export type Stance = "support" | "oppose";
export type LinkKind = "statement" | "semantic" | "geo" | "social";

/** One (:Article)-[:LINK]->(:Article) edge; `source` < `target` by article id. */
export interface ConflictLink {
  id: string;
  source: string;
  target: string;
  kind: LinkKind;
  weight: number;
  /** Statement links only: the value-claim group both statements belong to, and each side's statement and stance. */
  claim?: string | null;
  sourceStatement?: string | null;
  targetStatement?: string | null;
  sourceStance?: Stance | null;
  targetStance?: Stance | null;
  /** Louvain community of both endpoints this round; null when the endpoints lie in different communities. */
  community?: string | null;
}

/** A candidate deviating edge: a statement link with a side whose stance differs from its community's dominant one. */
export interface CycleSeed {
  linkId: string;
  source: string;
  target: string;
  community: string;
  claim: string;
  dominantStance: Stance;
  /** True when one side of the seed itself has the dominant stance (so every cycle through it is conflicting). */
  hasDominantSide: boolean;
}

/** A simple cycle in canonical form: nodes rotated to the smallest id, then the direction with the smaller second node. */
export interface Cycle {
  nodes: string[];
  /** links[i] joins nodes[i] and nodes[(i + 1) % length]. */
  links: string[];
}

export interface CycleSearchRequest {
  runId: string;
  /** Active links of the run with their community for this round. */
  links: readonly ConflictLink[];
  seeds: readonly CycleSeed[];
  maxLength: number;
  /** Keep at most this many conflicting cycles per seed (shortest first, then by canonical key). */
  maxCyclesPerSeed: number;
}

/** A cycle search backend: in-memory graphology or Cypher in Neo4j; both return the same set. */
export interface CycleSearch {
  readonly name: "memory" | "cypher";
  find(request: CycleSearchRequest): Promise<Cycle[]>;
}
