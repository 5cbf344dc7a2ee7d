// `runTopics`: the topic stage for one scope (a nation and/or an outlet) — reads its articles from the graph,
// builds the topic model (build-topics.ts) and persists Topic nodes, IN_TOPIC links and a TopicMap under a (:Run).
// Same seed, articles and models → same topics. Re-running with the same run id refreshes that run in place.
import type { CypherExecutor } from "../../database/executor.js";
import type { ChatModel } from "../../models/chat/chat-model.js";
import type { EmbeddingCache } from "../../models/embedding/embedding-cache.js";
import type { EmbeddingModel } from "../../models/embedding/embedding-model.js";
import { finishRun, startRun } from "../../runs/run-record.js";
import { InputError } from "../../shared/errors.js";
import type { ProgressReporter } from "../../shared/progress.js";
import { resolveOptions, type TopicOptionOverrides } from "../options.js";
import { loadPrompt, promptVersionOf } from "../../llm/prompt-file.js";
import { buildTopics } from "./build-topics.js";
import { persistTopics, type TopicScope } from "./persist-topics.js";
import { assignRemaining, readSample, scopeSize } from "./sample-scope.js";
import type { TopicCounts, TopicDocument, TopicLlmOptions } from "./types.js";

export interface TopicsInput {
  nation?: string;
  outlet?: string;
  runId?: string;
  /** Only articles of these kinds (e.g. ["article", "answer"]); all kinds when absent. */
  kinds?: string[];
}

export interface TopicsDependencies {
  executor: CypherExecutor;
  embedder: EmbeddingModel;
  /** Labels and InsTag need it; without it topics keep keyword labels and outliers stay outliers. */
  chat?: ChatModel;
  cache?: EmbeddingCache;
  /** LLM cache and token log for the labels and InsTag calls (shared structured-completion path). */
  llm?: TopicLlmOptions;
  progress: ProgressReporter;
}

export interface TopicsOutput {
  runId: string;
  scope: TopicScope;
  counts: TopicCounts;
  topics: { id: string; label: string; keywords: string[]; size: number; method: string }[];
  /** Why the last failed InsTag batch failed, if any did. */
  instagFailure?: string;
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

export async function runTopics(
  input: TopicsInput,
  overrides: TopicOptionOverrides,
  dependencies: TopicsDependencies,
): Promise<TopicsOutput> {
  const { executor, progress } = dependencies;
  const options = resolveOptions(overrides);
  const requested = topicScope(input);
  const runId = input.runId ?? `topics:${requested.key}:${new Date().toISOString()}`;
  progress.start("read articles", 1);
  const query = { nation: requested.nation, outlet: requested.outlet, kinds: input.kinds ?? null };
  // Scopes above `sample.above` are fitted on a seeded sample and the rest assigned (sample-scope.ts).
  const size = await scopeSize(executor, query);
  const sampled = size.count > options.sample.above;
  const documents = sampled
    ? await readSample(executor, query, size.count, options.sample)
    : await executor.read<TopicDocument & { nation: string }>("topics/scope-articles", query);
  progress.stop();
  if (documents.length === 0) throw new InputError(`topics: no articles in scope ${requested.key}; ingest some first`);
  const nations = new Set(sampled ? size.nations : documents.map((document) => document.nation));
  const scope =
    requested.nation === null && nations.size === 1 ? { ...requested, nation: [...nations][0] ?? null } : requested;
  const promptVersions = [
    promptVersionOf(loadPrompt("topics", "label", options.labels.prompt)),
    promptVersionOf(loadPrompt("topics", "instag", options.instagPrompt)),
  ];
  const config = {
    scope: scope.key,
    kinds: input.kinds ?? null,
    options,
    embedder: dependencies.embedder.id,
    chat: dependencies.chat?.id ?? null,
  };
  await startRun(executor, {
    id: runId,
    stage: "topics",
    config,
    versions: {
      settings: options.version,
      prompts: promptVersions.join(","),
      embedder: dependencies.embedder.id,
      chat: dependencies.chat?.id ?? "none",
    },
    seed: options.umap.seed,
  });
  try {
    const result = await buildTopics(documents, options, {
      embedder: dependencies.embedder,
      progress,
      ...(dependencies.chat === undefined ? {} : { chat: dependencies.chat }),
      ...(dependencies.cache === undefined ? {} : { cache: dependencies.cache }),
      ...(dependencies.llm === undefined ? {} : { llm: dependencies.llm }),
      ...(sampled ? { assignLater: size.count - documents.length } : {}),
    });
    progress.start("persist", 1);
    await persistTopics(executor, documents, result, {
      runId,
      scope,
      params: {
        umap: options.umap,
        hdbscan: {
          ...options.hdbscan,
          minClusterSize: result.minClusterSize,
          clusterSelectionMethod: result.clusterSelection,
        },
        representation: options.representation,
      },
      chatModel: dependencies.chat?.id ?? null,
      promptVersions,
      settingsVersion: options.version,
    });
    progress.stop();
    const assigned = sampled
      ? await assignRemaining(executor, query, documents, result, {
          runId,
          scopeKey: scope.key,
          options,
          progress,
          ...(dependencies.cache === undefined ? {} : { cache: dependencies.cache }),
        })
      : undefined;
    if (assigned !== undefined) {
      Object.assign(result.counts, {
        documents: documents.length + assigned.assigned,
        outliersBeforeInstag: result.counts.outliersBeforeInstag + assigned.noise,
        outliersAfterInstag: result.counts.outliersAfterInstag + assigned.noise,
        sampledDocuments: documents.length,
        assignedDocuments: assigned.assigned,
      });
    }
    await finishRun(executor, runId, { status: "done", counts: { ...result.counts, topics: result.topics.length } });
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
    };
  } catch (error) {
    await finishRun(executor, runId, { status: "failed", error: (error as Error).message });
    throw error;
  }
}
