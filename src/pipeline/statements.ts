// Pipeline steps of the statement stages: screening, the article stages (extraction, source judgment, triples)
// alone or as the whole chain, and triple export/import. Each builds the stage dependencies once and prints the
// counts its Runs record.
import type { DeepPartial, StageDependencies, StageOptions } from "../kernel/index.js";
import type { ExportOptions } from "../statements/export-triples.js";
import * as statements from "../statements/index.js";
import type {
  ArticleSelection,
  ScreeningSettings,
  StageResult,
  StatementPipelineOptions,
} from "../statements/index.js";
import { chatModel, type ChatChoice } from "./models.js";
import type { Session } from "./session.js";
import { withStageDependencies } from "./stage-dependencies.js";

/** Run options shared by the statement stages (run id, redo, retry failed). */
export type StatementRunOptions = Omit<StageOptions<unknown>, "settings">;

interface ChatStepOptions {
  chat: ChatChoice;
  /** Read and write the answer cache under <home>/cache/llm. */
  cache: boolean;
  run?: StatementRunOptions;
}

async function withChat<T>(
  session: Session,
  options: ChatStepOptions,
  work: (dependencies: StageDependencies) => Promise<T>,
): Promise<T> {
  const chat = await chatModel(session, options.chat);
  const runLabel = options.run?.runId ?? `cli-${Date.now()}`;
  return withStageDependencies(session, { models: { chat }, runLabel, cache: options.cache }, (dependencies) => {
    session.log(`chat model: ${chat.id}`);
    return work(dependencies);
  });
}

export function printStageResult(session: Session, name: string, result: StageResult): void {
  const counts = Object.entries(result.counts).map(([key, value]) => `${key}=${value}`);
  session.print(`${name} run ${result.runId}: ${counts.join(" ")}`);
}

async function selectedArticles(session: Session, dependencies: StageDependencies, selection: ArticleSelection) {
  const selected = await statements.selectArticles(dependencies.executor, selection);
  const byLlm = selected.topics.filter((topic) => topic.acceptedBy === "llm").length;
  if (selected.topics.length > 0)
    session.log(`${selected.topics.length} accepted topics (${byLlm} by LLM screening only)`);
  session.log(`${selected.articleIds.length} articles selected`);
  return selected.articleIds;
}

export function screenStep(
  session: Session,
  options: ChatStepOptions & { topicIds?: string[]; settings?: DeepPartial<ScreeningSettings> },
): Promise<StageResult> {
  return withChat(session, options, async (dependencies) => {
    const result = await statements.screenTopics(
      options.topicIds ? { topicIds: options.topicIds } : {},
      { ...options.run, settings: options.settings ?? {} },
      dependencies,
    );
    printStageResult(session, "screening", result);
    return result;
  });
}

export type ArticleStep = "extract" | "sources" | "triples";
const ARTICLE_STEPS = {
  extract: { name: "extraction", run: statements.extractStatements },
  sources: { name: "source judgment", run: statements.judgeSources },
  triples: { name: "triples", run: statements.buildTriples },
} as const;

/** One article stage on the selected articles. */
export function articleStageStep(
  session: Session,
  step: ArticleStep,
  options: ChatStepOptions & { selection: ArticleSelection; settings?: { execution?: { concurrency?: number } } },
): Promise<StageResult> {
  return withChat(session, options, async (dependencies) => {
    const articleIds = await selectedArticles(session, dependencies, options.selection);
    const { name, run } = ARTICLE_STEPS[step];
    const result = await run({ articleIds }, { ...options.run, settings: options.settings ?? {} }, dependencies);
    printStageResult(session, name, result);
    return result;
  });
}

/** Extraction → source judgment → triples on the selected articles (runs R, R:sources, R:triples). */
export function statementsStep(
  session: Session,
  options: ChatStepOptions & { selection: ArticleSelection; settings?: StatementPipelineOptions["settings"] },
) {
  return withChat(session, options, async (dependencies) => {
    const articleIds = await selectedArticles(session, dependencies, options.selection);
    const results = await statements.runStatementPipeline(
      { articleIds },
      { ...options.run, settings: options.settings ?? {} },
      dependencies,
    );
    printStageResult(session, "extraction", results.extraction);
    printStageResult(session, "source judgment", results.sources);
    printStageResult(session, "triples", results.triples);
    return results;
  });
}

export async function exportTriplesStep(session: Session, options: ExportOptions) {
  const result = await session.withDatabase((executor) => statements.exportTriples(executor, options));
  for (const file of result.files) session.print(`${file.path}\t${file.rows}`);
  session.print(`${result.total} triples exported`);
  for (const rejected of result.rejected)
    session.log(`not exported: triple ${rejected.tripleId} (${rejected.problem})`);
  return result;
}

export async function importTriplesStep(
  session: Session,
  options: { file: string; settings?: DeepPartial<statements.ImportSettings> },
) {
  const result = await session.withDatabase((executor) =>
    statements.importTriples(
      { file: options.file },
      { settings: options.settings ?? {} },
      { executor, models: {}, progress: session.progress },
    ),
  );
  session.print(
    `imported ${result.imported} triples (${result.flagged} flagged by the automatic checks), run ${result.runId}`,
  );
  return result;
}
