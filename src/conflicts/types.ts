// Shared shapes of the conflict-reduction stage (NaVAB §3.4 Step II): article links, signed statement links, cycles.
export type Stance = "support" | "oppose";
/** A statement's stance toward its claim's canonical claim; neutral statements get no statement links. */
export type ClaimStance = Stance | "neutral";
export type LinkKind = "statement" | "semantic" | "geo" | "social";

/** One (:Article)-[:LINK]->(:Article) edge; `source` < `target` by article id. */
export interface ConflictLink {
  id: string;
  source: string;
  target: string;
  kind: LinkKind;
  weight: number;
  /**
   * Statement links only: the canonical value claim both statements belong to, each side's statement and its stance
   * toward that canonical claim, and the link's sign (+1 the two statements agree, −1 they disagree).
   */
  claim?: string | null;
  sourceStatement?: string | null;
  targetStatement?: string | null;
  sourceStance?: Stance | null;
  targetStance?: Stance | null;
  sign?: number | null;
  /** Louvain community of both endpoints this round; null when the endpoints lie in different communities. */
  community?: string | null;
  /** The community last written to the graph's LINK (the reduction writes only the ones that changed). */
  writtenCommunity?: string | null;
}

/**
 * An anchor of the cycle search: a disagreeing (−) statement link on a claim with a dominant stance in its community,
 * with a side that deviates from it. Every conflicting cycle holds an odd number of − links on one claim.
 */
export interface CycleSeed {
  linkId: string;
  source: string;
  target: string;
  community: string;
  claim: string;
  dominantStance: Stance;
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

/** True for a disagreeing (−) statement link on `claim`: the links whose count decides a cycle's balance. */
export const disagreesOn = (link: ConflictLink, claim: string): boolean =>
  link.kind === "statement" && link.claim === claim && (link.sign ?? 0) < 0;
