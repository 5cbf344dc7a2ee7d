// `navab conflicts bench --planted probvaa|wahlomat`: writes a planted corpus under a fresh run id, runs the real
// conflict stages on it (graph build with the given judges, reduction rounds), scores the deactivated statements
// against the planted truth (planted-metrics.ts), and removes everything it wrote (unless asked to keep it).
import type { CypherExecutor } from "../../database/executor.js";
import type { DeepPartial, StageModels } from "../../kernel/index.js";
import type { LlmPlumbing } from "../../llm/llm-call.js";
import type { ProgressReporter } from "../../shared/progress.js";
import { buildConflictGraph, type GraphBuildResult } from "../graph/build-conflict-graph.js";
import { reduceConflicts } from "../reduction/reduce-conflicts.js";
import { GRAPH_SETTINGS, REDUCTION_SETTINGS, type GraphBuildOptions, type ReductionOptions } from "../settings.js";
import { resolveSettings } from "../../kernel/index.js";
import type { ConflictJudges } from "../stance/judges.js";
import { oracleJudges, type PlantedLabel } from "../stance/oracle-judges.js";
import { statementsOfVariant } from "../variants.js";
import { plantedTruth, type PlantedCorpus, type PlantedTruth } from "./planted-corpus.js";
import { scorePlanted, type PlantedScores, type RecordedCycle } from "./planted-metrics.js";

export interface PlantedBenchOptions {
  graph?: DeepPartial<GraphBuildOptions>;
  reduce?: DeepPartial<ReductionOptions>;
  /** Keep the planted corpus and the run's records (to inspect them with `navab conflicts report`). */
  keep?: boolean;
}

export interface PlantedBenchDependencies {
  executor: CypherExecutor;
  /** `embedder` always; `chat` for the LLM judges. */
  models: StageModels;
  /** "oracle": the label-reading judges; "model": LLM judges over `models.chat`. */
  judge: "oracle" | "model";
  llm?: LlmPlumbing;
  progress?: ProgressReporter;
  log?: (line: string) => void;
}

export interface PlantedBenchResult extends PlantedScores {
  set: string;
  runId: string;
  judge: string;
  statements: number;
  claims: number;
  plantedDominantClaims: number;
  plantedContestedClaims: number;
  graph: Pick<GraphBuildResult, "links" | "claims" | "stances" | "unsignedPairs">;
  rounds: { round: number; claims: number; contestedClaims: number; seeds: number; cycles: number; removed: number }[];
  seconds: number;
}

const writeRows = (runId: string, corpus: PlantedCorpus) =>
  corpus.statements.map((statement) => ({
    articleId: `${runId}:a:${statement.id}`,
    statementId: `${runId}:s:${statement.id}`,
    title: statement.title ?? "",
    text: statement.text,
    language: statement.language,
    speakerId: statement.source === undefined ? null : `${runId}:speaker:${statement.source}`,
    speaker: statement.source ?? null,
  }));

async function deletePlanted(executor: CypherExecutor, runId: string): Promise<void> {
  for (;;) {
    const [row] = await executor.write<{ deleted: number }>("conflicts/planted/delete-planted", { runId });
    if (!row || row.deleted === 0) return;
  }
}

export async function runPlantedBench(
  corpus: PlantedCorpus,
  options: PlantedBenchOptions,
  dependencies: PlantedBenchDependencies,
): Promise<PlantedBenchResult> {
  const started = performance.now();
  const { executor } = dependencies;
  const runId = `planted-${corpus.set}-${Date.now().toString(36)}`;
  const prefix = `${runId}:s:`;
  const labels = new Map<string, PlantedLabel>(
    corpus.statements.map((statement) => [`${prefix}${statement.id}`, statement.label]),
  );
  const reduceSettings = resolveSettings("conflicts.reduce", REDUCTION_SETTINGS, options.reduce).settings;
  resolveSettings("conflicts.graph", GRAPH_SETTINGS, options.graph);
  const truth: PlantedTruth = plantedTruth(corpus, reduceSettings.margin);
  const judges: ConflictJudges | undefined = dependencies.judge === "oracle" ? oracleJudges(labels) : undefined;
  const stageDependencies = {
    executor,
    models: dependencies.models,
    ...(judges ? { judges } : {}),
    ...(dependencies.llm ? { llm: dependencies.llm } : {}),
    ...(dependencies.progress ? { progress: dependencies.progress } : {}),
    ...(dependencies.log ? { log: dependencies.log } : {}),
  };
  try {
    await executor.writeBatches("conflicts/planted/write-planted", writeRows(runId, corpus), {
      parameters: { runId },
      batchSize: 2000,
    });
    const graph = await buildConflictGraph(
      { runId, statementRunId: runId },
      { settings: options.graph ?? {} },
      stageDependencies,
    );
    const reduction = await reduceConflicts({ runId }, { settings: options.reduce ?? {} }, stageDependencies);
    const judged = await statementsOfVariant(executor, runId, { conflictReduction: false });
    const kept = new Set(await statementsOfVariant(executor, runId, { conflictReduction: true }));
    const deactivated = new Set(judged.filter((id) => !kept.has(id)));
    const cycles = await executor.read<RecordedCycle>("conflicts/planted/cycle-statements", { runId });
    const scores = scorePlanted(truth, labels, deactivated, cycles, (id) => id.slice(prefix.length));
    return {
      set: corpus.set,
      runId,
      judge: judges ? "oracle:labels" : (dependencies.models.chat?.id ?? "none"),
      statements: corpus.statements.length,
      claims: truth.claims.length,
      plantedDominantClaims: truth.claims.filter((claim) => claim.dominant !== null).length,
      plantedContestedClaims: truth.claims.filter((claim) => claim.dominant === null).length,
      ...scores,
      graph: { links: graph.links, claims: graph.claims, stances: graph.stances, unsignedPairs: graph.unsignedPairs },
      rounds: reduction.rounds.map((round) => ({
        round: round.round,
        claims: round.claims,
        contestedClaims: round.contestedClaims,
        seeds: round.seeds,
        cycles: round.cyclesFound,
        removed: round.statementsDeactivated,
      })),
      seconds: Math.round(performance.now() - started) / 1000,
    };
  } finally {
    if (!options.keep) await deletePlanted(executor, runId);
  }
}
