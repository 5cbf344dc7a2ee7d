// Pipeline steps of the topic stage: topics for one nation or outlet (or every outlet), and the HTML reports.
import { InputError } from "../shared/errors.js";
import type { TopicOptionOverrides } from "../topics/options.js";
import { writeTopicReports } from "../topics/report/write-reports.js";
import { runTopics, type TopicsOutput } from "../topics/stage/run-topics.js";
import { chatModel, embeddingModel, type ChatChoice, type EmbedderChoice } from "./models.js";
import type { Session } from "./session.js";
import { withStageDependencies } from "./stage-dependencies.js";

export interface TopicsStepOptions {
  /** Scope: a nation and/or an outlet; neither = one run per outlet. */
  nation?: string;
  outlet?: string;
  /** With several outlets, each gets `<runId>:<outlet>`. */
  runId?: string;
  kinds?: string[];
  embedder: EmbedderChoice;
  /** Labels and InsTag; without it labels are keywords and InsTag does not run. */
  chat?: ChatChoice;
  /** Read and write the embedding and answer caches. */
  cache: boolean;
  settings?: TopicOptionOverrides;
  json?: boolean;
}

export async function topicsStep(session: Session, options: TopicsStepOptions): Promise<TopicsOutput[]> {
  const chat = options.chat === undefined ? undefined : await chatModel(session, options.chat);
  if (chat === undefined) session.log("topics: no --llm given, so labels are the top keywords and InsTag does not run");
  const embedder = embeddingModel(session, options.embedder);
  const models = { embedder, ...(chat === undefined ? {} : { chat }) };
  const runLabel = options.runId ?? `topics-${Date.now()}`;
  return withStageDependencies(session, { models, runLabel, cache: options.cache }, async (dependencies) => {
    const scopes =
      options.nation !== undefined || options.outlet !== undefined
        ? [{ nation: options.nation, outlet: options.outlet }]
        : (await dependencies.executor.read<{ outlet: string }>("topics/list-scopes", { nation: null })).map((row) => ({
            nation: undefined,
            outlet: row.outlet,
          }));
    if (scopes.length === 0) throw new InputError("no articles in the graph; run `navab ingest --all` first");
    const outputs: TopicsOutput[] = [];
    for (const scope of scopes) {
      const input = {
        ...(scope.nation === undefined ? {} : { nation: scope.nation }),
        ...(scope.outlet === undefined ? {} : { outlet: scope.outlet }),
        ...(options.runId === undefined
          ? {}
          : { runId: scopes.length === 1 ? options.runId : `${options.runId}:${scope.outlet}` }),
        ...(options.kinds === undefined ? {} : { kinds: options.kinds }),
      };
      const output = await runTopics(input, { settings: options.settings ?? {} }, dependencies);
      printTopics(session, output, options.json === true);
      outputs.push(output);
    }
    return outputs;
  });
}

function printTopics(session: Session, output: TopicsOutput, json: boolean): void {
  if (json) return session.print(JSON.stringify(output));
  const { counts } = output;
  const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;
  session.print(
    `${output.scope.key}: ${output.topics.length} topics from ${counts.documents} articles; outliers ${counts.outliersBeforeInstag} → ${counts.outliersAfterInstag} (${percent(counts.outlierShareBeforeInstag)} → ${percent(counts.outlierShareAfterInstag)} after InsTag) (run ${output.runId})`,
  );
  if (output.instag !== undefined)
    session.print(
      `  InsTag: ${counts.instagRounds} round(s), ${counts.instagDocuments} outliers tagged, ${counts.instagAssignedByTag} joined by tag + ${counts.instagAssignedByNearest} by nearest tag topic, ${counts.instagMerges}/${counts.instagMergeChecks} merges, ${counts.instagDroppedTags} tags dropped; stopped: ${output.instag.stoppedBecause} (${output.instag.seconds} s)`,
    );
  if (counts.failedInstagBatches > 0)
    session.print(
      `  InsTag: ${counts.failedInstagBatches} batch(es) failed, their outliers stay outliers (last: ${output.instagFailure ?? "unknown"})`,
    );
  for (const topic of output.topics.slice(0, 10))
    session.print(`  ${String(topic.size).padStart(5)}  ${topic.label} — ${topic.keywords.slice(0, 6).join(", ")}`);
}

export async function topicReportsStep(session: Session, options: { out: string; runId?: string; top?: number }) {
  const paths = await session.withDatabase((executor) => writeTopicReports(executor, options));
  for (const path of paths) session.print(path);
  return paths;
}
