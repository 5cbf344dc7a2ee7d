// Conflict reduction on the knowledge graph (NaVAB §3.4 Step II): the stage functions the CLI, API and demo call.
export {
  buildConflictGraph,
  graphStage,
  type GraphBuildInput,
  type GraphBuildResult,
} from "./graph/build-conflict-graph.js";
export {
  reduceConflicts,
  reductionStage,
  reductionRunId,
  type ReductionDependencies,
  type ReductionResult,
} from "./reduction/reduce-conflicts.js";
export { type GraphBuildOptions, type ReductionOptions } from "./settings.js";
export { conflictReport, type ConflictReport } from "./report/conflict-report.js";
export { keptStatements, statementsOfVariant, variantCounts, type VariantCounts } from "./variants.js";
export { memoryCycleSearch } from "./cycles/memory-search.js";
export { cypherCycleSearch } from "./cycles/cypher-search.js";
export type { ConflictLink, Cycle, CycleSearch, Stance } from "./types.js";
