// Pipeline steps of conflict reduction: build a conflict graph (with the embedder every embedding stage uses),
// reduce it (or not: the ablation), and report. `conflictsRunStep` is the two stages in order, as typed code.
import { writeFileSync } from "node:fs";
import {
  buildConflictGraph,
  conflictReport,
  reduceConflicts,
  variantCounts,
  type GraphBuildInput,
  type GraphBuildOptions,
  type ReductionOptions,
} from "../conflicts/index.js";
import type { DeepPartial, StageDependencies } from "../kernel/index.js";
import { STATEMENT_EMBEDDER, chatModel, embeddingModel, type ChatChoice, type EmbedderChoice } from "./models.js";
import type { Session } from "./session.js";
import { withStageDependencies } from "./stage-dependencies.js";

export interface ConflictGraphOptions {
  graph: GraphBuildInput;
  /** Article embeddings (semantic links). */
  embedder: EmbedderChoice;
  /** Statement-level similarity (same-value candidates); default STATEMENT_EMBEDDER (multilingual-e5-small). */
  statementEmbedder?: EmbedderChoice;
  /** The same-value and agreement judges; without it no stance is judged, so no statement link is made (it warns). */
  chat?: ChatChoice;
  settings?: DeepPartial<GraphBuildOptions>;
  cache?: boolean;
}

export interface ConflictReduceOptions {
  runId: string;
  settings?: DeepPartial<ReductionOptions>;
}

async function build(session: Session, options: ConflictGraphOptions, dependencies: StageDependencies) {
  const result = await buildConflictGraph(options.graph, { settings: options.settings ?? {} }, dependencies);
  session.print(
    `graph ${result.runId}: ${result.statements} statements on ${result.articles} articles; ${result.claims} claims, stances ${JSON.stringify(result.stances)}; links ${JSON.stringify(result.links)}`,
  );
  return result;
}

async function reduce(session: Session, options: ConflictReduceOptions, dependencies: StageDependencies) {
  const result = await reduceConflicts({ runId: options.runId }, { settings: options.settings ?? {} }, dependencies);
  for (const round of result.rounds) {
    session.print(
      `round ${round.round}: ${round.cyclesFound} cycles, ${round.linksDeactivated} links removed, ${round.statementsActive}/${result.statementsJudged} statements kept (${round.seconds}s)`,
    );
  }
  const variant = await variantCounts(dependencies.executor, options.runId);
  session.print(
    `variant of ${options.runId}: ${variant.kept} of ${variant.judged} statements kept, ${variant.keptTriples} of ${variant.triples} triples (use --conflict-run ${options.runId} in eval and export)`,
  );
  return result;
}

async function graphModels(session: Session, options: ConflictGraphOptions) {
  const chat = options.chat === undefined ? undefined : await chatModel(session, options.chat);
  if (!chat)
    session.log(
      "conflicts: no --llm given, so no stance toward a canonical claim is judged and the graph gets no statement link",
    );
  return {
    embedder: embeddingModel(session, options.embedder),
    statementEmbedder: embeddingModel(session, options.statementEmbedder ?? STATEMENT_EMBEDDER),
    ...(chat ? { chat } : {}),
  };
}

export async function conflictGraphStep(session: Session, options: ConflictGraphOptions) {
  const models = await graphModels(session, options);
  const plumbing = { models, runLabel: options.graph.runId, cache: options.cache ?? true };
  return withStageDependencies(session, plumbing, (dependencies) => build(session, options, dependencies));
}

export async function conflictReduceStep(session: Session, options: ConflictReduceOptions) {
  const plumbing = { models: {}, runLabel: options.runId, cache: true };
  return withStageDependencies(session, plumbing, (dependencies) => reduce(session, options, dependencies));
}

/** conflicts.graph, then conflicts.reduce on it unless `withoutConflictReduction` (the ablation of paper Table 3). */
export async function conflictsRunStep(
  session: Session,
  options: ConflictGraphOptions & { reduction?: DeepPartial<ReductionOptions>; withoutConflictReduction?: boolean },
) {
  const models = await graphModels(session, options);
  const plumbing = { models, runLabel: options.graph.runId, cache: options.cache ?? true };
  await withStageDependencies(session, plumbing, async (dependencies) => {
    await build(session, options, dependencies);
    if (options.withoutConflictReduction)
      session.print("conflict reduction skipped (ablation): every judged statement is kept");
    else await reduce(session, { runId: options.graph.runId, settings: options.reduction ?? {} }, dependencies);
  });
}

export async function conflictReportStep(session: Session, options: { runId: string; sample?: number; out?: string }) {
  const report = await session.withDatabase((executor) =>
    conflictReport({ runId: options.runId }, { sample: options.sample ?? 10 }, { executor }),
  );
  if (options.out) {
    writeFileSync(options.out, report.markdown);
    session.print(`report written to ${options.out}`);
  } else session.print(report.markdown);
  return report;
}
