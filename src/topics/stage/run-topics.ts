// Stage `topics` for one scope (a nation and/or an outlet): reads its articles from the graph, builds the topic
// model (build-topics.ts) and persists Topic nodes, IN_TOPIC links and a TopicMap under its (:Run). Same seed,
// articles and models → same topics. Resume rule "replace": re-running a run id writes that run's topics again.
import {
  requireModel,
  stageFunction,
  type StageContext,
  type StageDefinition,
  type StageDependencies,
} from "../../kernel/index.js";
import { loadPrompt, promptVersionOf } from "../../llm/prompt-file.js";
import { InputError } from "../../shared/errors.js";
import { TOPIC_SETTINGS, type TopicOptions } from "../options.js";
import { buildTopics, outlierShare } from "./build-topics.js";
import { persistTopics, type TopicScope } from "./persist-topics.js";
import { assignRemaining, readSample, scopeSize } from "./sample-scope.js";
import type { InstagSummary, TopicCounts, TopicDocument } from "./types.js";

export interface TopicsInput {
  nation?: string;
  outlet?: string;
  runId?: string;
  /** Only articles of these kinds (e.g. ["article", "answer"]); all kinds when absent. */
  kinds?: string[];
}

export interface TopicsOutput {
  runId: string;
  scope: TopicScope;
  counts: TopicCounts;
  topics: { id: string; label: string; keywords: string[]; size: number; method: string }[];
  /** Why the last failed InsTag batch failed, if any did. */
  instagFailure?: string;
  /** What InsTag did, round by round, with its merge decisions (absent when it did not run). */
  instag?: InstagSummary;
}

export function topicScope(input: Pick<TopicsInput, "nation" | "outlet">): TopicScope {
  if (input.nation === undefined && input.outlet === undefined)
    throw new InputError("topics: choose a scope with a nation (--nation CN) or an outlet (--outlet id)");
  return {
    nation: input.nation ?? null,
    outlet: input.outlet ?? null,
    key: `${input.nation ?? "*"}/${input.outlet ?? "*"}`,
  };
}

const promptVersions = (settings: TopicOptions): string[] => [
  promptVersionOf(loadPrompt("topics", "label", settings.labels.prompt)),
  promptVersionOf(loadPrompt("topics", "instag", settings.instagPrompt)),
  promptVersionOf(loadPrompt("topics", "instag-merge", settings.instag.mergePrompt)),
];

async function run(context: StageContext<TopicsInput, TopicOptions>): Promise<TopicsOutput> {
  const { input, settings, runId, progress } = context;
  const { executor, models, embeddingCache } = context.dependencies;
  const embedder = requireModel("topics", models, "embedder");
  const requested = topicScope(input);
  progress.start("read articles", 1);
  const query = { nation: requested.nation, outlet: requested.outlet, kinds: input.kinds ?? null };
  // Scopes above `sample.above` are fitted on a seeded sample and the rest assigned (sample-scope.ts).
  const size = await scopeSize(executor, query);
  const sampled = size.count > settings.sample.above;
  const documents = sampled
    ? await readSample(executor, query, size.count, settings.sample)
    : await executor.read<TopicDocument & { nation: string }>("topics/scope-articles", query);
  progress.stop();
  if (documents.length === 0) throw new InputError(`topics: no articles in scope ${requested.key}; ingest some first`);
  const nations = new Set(sampled ? size.nations : documents.map((document) => document.nation));
  const scope =
    requested.nation === null && nations.size === 1 ? { ...requested, nation: [...nations][0] ?? null } : requested;
  const result = await buildTopics(documents, settings, {
    embedder,
    progress,
    ...(models.chat === undefined ? {} : { chat: models.chat }),
    ...(embeddingCache === undefined ? {} : { cache: embeddingCache }),
    llm: context.llm,
    ...(sampled ? { assignLater: size.count - documents.length } : {}),
  });
  progress.start("persist", 1);
  await persistTopics(executor, documents, result, {
    runId,
    scope,
    params: {
      umap: settings.umap,
      hdbscan: {
        ...settings.hdbscan,
        minClusterSize: result.minClusterSize,
        clusterSelectionMethod: result.clusterSelection,
      },
      representation: settings.representation,
    },
    chatModel: models.chat?.id ?? null,
    promptVersions: promptVersions(settings),
    settingsVersion: context.settingsVersion,
  });
  progress.stop();
  const assigned = sampled
    ? await assignRemaining(executor, query, documents, result, {
        runId,
        scopeKey: scope.key,
        options: settings,
        progress,
        ...(embeddingCache === undefined ? {} : { cache: embeddingCache }),
      })
    : undefined;
  if (assigned !== undefined) {
    // InsTag ran on the sample's outliers; assigned documents that land in noise stay outliers.
    const total = documents.length + assigned.assigned;
    const before = result.counts.outliersBeforeInstag + assigned.noise;
    const after = result.counts.outliersAfterInstag + assigned.noise;
    Object.assign(result.counts, {
      documents: total,
      outliersBeforeInstag: before,
      outliersAfterInstag: after,
      outlierShareBeforeInstag: outlierShare(before, total),
      outlierShareAfterInstag: outlierShare(after, total),
      sampledDocuments: documents.length,
      assignedDocuments: assigned.assigned,
    });
  }
  Object.assign(context.counts, result.counts, { topics: result.topics.length });
  return {
    runId,
    scope,
    counts: result.counts,
    topics: result.topics.map((topic) => ({
      id: `${runId}:${scope.key}:${topic.index}`,
      label: topic.label,
      keywords: topic.keywords,
      size: assigned?.sizes.get(topic.index) ?? topic.members.length,
      method: topic.method,
    })),
    ...(result.instagFailure === undefined ? {} : { instagFailure: result.instagFailure }),
    ...(result.instag === undefined ? {} : { instag: result.instag }),
  };
}

export const topicsStage: StageDefinition<TopicsInput, TopicOptions, TopicsOutput> = {
  name: "topics",
  settings: TOPIC_SETTINGS,
  resume: "replace",
  runId: (input) => input.runId,
  versions: (_input, settings, dependencies: StageDependencies) => ({
    prompts: promptVersions(settings).join(","),
    embedder: dependencies.models.embedder?.id ?? "none",
    chat: dependencies.models.chat?.id ?? "none",
  }),
  describeInput: (input) => ({ scope: topicScope(input).key, kinds: input.kinds ?? null }),
  seed: (settings) => settings.umap.seed,
  run,
};

export const runTopics = stageFunction(topicsStage);
