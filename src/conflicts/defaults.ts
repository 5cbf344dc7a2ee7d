// Default settings of the conflict-reduction rounds (merged under any options a caller passes).
export type SearchBackendName = "memory" | "cypher";

export interface ReductionOptions {
  /** Reduction rounds (paper: 5); stops earlier when a round deactivates nothing. */
  rounds: number;
  /** Longest cycle searched, in LINK hops (3..5). */
  maxLength: number;
  /** Conflicting cycles kept per deviating link as evidence (shortest first). */
  maxCyclesPerSeed: number;
  /** Seed of the Louvain rng (round r uses seed + r). */
  seed: number;
  /** Louvain resolution (1 = classic modularity). */
  resolution: number;
  /** Where cycles are searched: graphology in memory (faster, measured) or Cypher in Neo4j. */
  backend: SearchBackendName;
}

export const REDUCTION_DEFAULTS: ReductionOptions = {
  rounds: 5,
  maxLength: 5,
  maxCyclesPerSeed: 3,
  seed: 42,
  resolution: 1,
  backend: "memory",
};
