// The topic model of one scope, without the database (NaVAB §3.2, after BERTopic): embed (cached) → UMAP 5-d →
// HDBSCAN → InsTag rounds on the noise → c-TF-IDF + MMR keywords → LLM labels; plus a 2-d UMAP for the report.
// Deterministic for a given seed, documents and models.
import type { ChatModel } from "../../models/chat/chat-model.js";
import type { EmbeddingCache } from "../../models/embedding/embedding-cache.js";
import type { EmbeddingModel } from "../../models/embedding/embedding-model.js";
import { InputError } from "../../shared/errors.js";
import type { ProgressReporter } from "../../shared/progress.js";
import { runInstag } from "../instag/run-instag.js";
import type { TopicOptions } from "../options.js";
import { loadPrompt } from "../../llm/prompt-file.js";
import { tokenize } from "../../text/tokenization/tokenize.js";
import { assignmentModel } from "../clustering/assign-points.js";
import { fitHdbscan, scaledMinClusterSize, type HdbscanFit, type HdbscanResult } from "../clustering/hdbscan.js";
import { sampleMinClusterSize } from "../clustering/min-cluster-size.js";
import { fitUmap, reduceDimensions } from "../reduction/umap.js";
import { documentText, embedDocuments } from "./embed-documents.js";
import { representTopics, type TopicDraft } from "./represent-topics.js";
import type { InstagResult } from "../instag/instag-types.js";
import type { InstagSummary, TopicDocument, TopicLlmOptions, TopicModelResult } from "./types.js";

export interface BuildDependencies {
  embedder: EmbeddingModel;
  /** Embeds InsTag tag strings for their consolidation (default: the document embedder, not fitted to the scope). */
  similarityEmbedder?: EmbeddingModel;
  chat?: ChatModel;
  cache?: EmbeddingCache;
  /** LLM cache and token log for the labels and InsTag calls (shared structured-completion path). */
  llm?: TopicLlmOptions;
  progress: ProgressReporter;
  /** Set when the documents are a sample: keep what assigning this many other documents needs (result.assignment). */
  assignLater?: number;
}

/** The most common language of the documents (ties: alphabetical). */
export function majorityLanguage(documents: readonly TopicDocument[]): string {
  const counts = new Map<string, number>();
  for (const document of documents) counts.set(document.language, (counts.get(document.language) ?? 0) + 1);
  return [...counts.entries()].sort(([left, a], [right, b]) => b - a || left.localeCompare(right))[0]?.[0] ?? "en";
}

function clusterDrafts(labels: Int32Array, probabilities: Float64Array): TopicDraft[] {
  const byCluster = new Map<number, TopicDraft>();
  labels.forEach((label, document) => {
    if (label < 0) return;
    const draft = byCluster.get(label) ?? { method: "hdbscan", members: [] };
    draft.members.push({ document, probability: probabilities[document] ?? 0, assignment: "cluster" });
    byCluster.set(label, draft);
  });
  return [...byCluster.values()].sort(
    (left, right) =>
      right.members.length - left.members.length ||
      (left.members[0]?.document ?? 0) - (right.members[0]?.document ?? 0),
  );
}

/** HDBSCAN as configured; when one cluster holds more than `maximumClusterShare` of the points, leaf selection. */
export function clusterWithFallback(
  points: readonly Float64Array[],
  minClusterSize: number,
  options: TopicOptions,
): { clustering: HdbscanResult; fit?: HdbscanFit; selection: "eom" | "leaf"; fellBack: boolean } {
  const run = (method: "eom" | "leaf") => {
    const { result, fit } = fitHdbscan(points, {
      minClusterSize,
      clusterSelectionMethod: method,
      ...(options.hdbscan.minSamples === undefined ? {} : { minSamples: options.hdbscan.minSamples }),
    });
    return { clustering: result, ...(fit === undefined ? {} : { fit }) };
  };
  const firstRun = run(options.hdbscan.clusterSelectionMethod);
  const first = firstRun.clustering;
  if (options.hdbscan.clusterSelectionMethod === "leaf") return { ...firstRun, selection: "leaf", fellBack: false };
  const sizes = new Map<number, number>();
  for (const label of first.labels) if (label >= 0) sizes.set(label, (sizes.get(label) ?? 0) + 1);
  const largest = Math.max(0, ...sizes.values());
  if (largest <= options.hdbscan.maximumClusterShare * points.length)
    return { ...firstRun, selection: "eom", fellBack: false };
  return { ...run("leaf"), selection: "leaf", fellBack: true };
}

export async function buildTopics(
  documents: readonly TopicDocument[],
  options: TopicOptions,
  dependencies: BuildDependencies,
): Promise<TopicModelResult> {
  const { progress, chat } = dependencies;
  const minimumDocuments = Math.max(options.hdbscan.minClusterSize ?? 5, 10);
  if (documents.length < minimumDocuments)
    throw new InputError(`topics need at least ${minimumDocuments} documents in the scope; found ${documents.length}`);
  const embedded = await embedDocuments(
    documents,
    dependencies.embedder,
    { batchSize: options.embeddingBatchSize, textCharacters: options.textCharacters },
    dependencies.cache,
    progress,
  );
  const umap = await fitUmap(embedded.vectors, options.umap, progress);
  const reduced = Array.from({ length: umap.count }, (_, row) =>
    umap.embedding.slice(row * options.umap.dimensions, (row + 1) * options.umap.dimensions),
  );
  const projection = await reduceDimensions(embedded.vectors, options.projection, progress);
  const minClusterSize =
    options.hdbscan.minClusterSize ??
    (dependencies.assignLater === undefined
      ? scaledMinClusterSize(documents.length, options.hdbscan.paperMinClusterSize)
      : sampleMinClusterSize(
          documents.length + dependencies.assignLater,
          documents.length,
          options.hdbscan.paperMinClusterSize,
        ));
  progress.start("cluster", 1);
  const selection = clusterWithFallback(reduced, minClusterSize, options);
  const clustering = selection.clustering;
  progress.stop();
  const drafts = clusterDrafts(clustering.labels, clustering.probabilities);
  const texts = documents.map((document) => documentText(document, options.textCharacters));
  const language = majorityLanguage(documents);
  const noise = [...clustering.labels.keys()].filter((document) => (clustering.labels[document] ?? -1) < 0);
  // InsTag rounds on the noise (src/topics/instag/run-instag.ts): tag topics become drafts after the clusters.
  const instag =
    chat !== undefined && options.instag.enabled && noise.length > 0
      ? await runInstag(
          { texts, vectors: embedded.vectors, outliers: noise, language, seed: options.umap.seed },
          options.instag,
          {
            chat,
            embedder: dependencies.similarityEmbedder ?? dependencies.embedder,
            tagPrompt: loadPrompt("topics", "instag", options.instagPrompt),
            mergePrompt: loadPrompt("topics", "instag-merge", options.instag.mergePrompt),
            progress,
            ...(dependencies.llm === undefined ? {} : { llm: dependencies.llm }),
          },
        )
      : undefined;
  for (const topic of instag?.topics ?? [])
    drafts.push({ method: "instag", tag: topic.tag, tags: topic.tags, members: topic.members });
  const tokens = documents.map((document, position) => tokenize(texts[position] ?? "", document.language));
  const topics = await representTopics(
    {
      drafts,
      tokens,
      languages: documents.map((document) => document.language),
      texts,
      vectors: embedded.vectors,
      language,
    },
    options,
    {
      embedder: embedded.model,
      ...(chat === undefined ? {} : { chat }),
      labelPrompt: loadPrompt("topics", "label", options.labels.prompt),
      progress,
      ...(dependencies.llm === undefined ? {} : { llm: dependencies.llm }),
    },
  );
  const topicOfDocument = new Int32Array(documents.length).fill(-1);
  for (const topic of topics) for (const member of topic.members) topicOfDocument[member.document] = topic.index;
  const outliersAfter = topicOfDocument.filter((topic) => topic < 0).length;
  const assignment =
    dependencies.assignLater === undefined || selection.fit === undefined
      ? undefined
      : {
          model: assignmentModel(umap, selection.fit, dependencies.assignLater),
          embeddingModel: embedded.model,
        };
  return {
    ...(assignment === undefined ? {} : { assignment }),
    topics,
    clusterLabels: clustering.labels,
    topicOfDocument,
    projection,
    embeddingModelId: embedded.model.id,
    minClusterSize,
    clusterSelection: selection.selection,
    ...(instag?.lastFailure === undefined ? {} : { instagFailure: instag.lastFailure }),
    ...(instag === undefined ? {} : { instag: instagSummary(instag) }),
    counts: {
      documents: documents.length,
      clusters: clustering.clusterCount,
      outliersBeforeInstag: noise.length,
      outliersAfterInstag: outliersAfter,
      outlierShareBeforeInstag: outlierShare(noise.length, documents.length),
      outlierShareAfterInstag: outlierShare(outliersAfter, documents.length),
      instagTopics: topics.filter((topic) => topic.method === "instag").length,
      ...instagCounts(instag),
      llmLabels: topics.filter((topic) => topic.labelSource === "llm").length,
      fallbackLabels: topics.filter((topic) => topic.labelSource === "keywords").length,
      embeddedFresh: embedded.fresh,
      embeddedFromCache: embedded.cached,
      leafSelectionFallback: selection.fellBack ? 1 : 0,
    },
  };
}

/** Outliers as a share of the documents, 4 decimals. */
export const outlierShare = (part: number, whole: number): number =>
  Math.round((part / Math.max(1, whole)) * 10_000) / 10_000;

function instagSummary(instag: InstagResult): InstagSummary {
  const { rounds, merges, stoppedBecause, seconds } = instag;
  return { rounds, merges, stoppedBecause, seconds: Math.round(seconds * 10) / 10 };
}

/** The Run counts of InsTag (zeros when it did not run). */
function instagCounts(instag: InstagResult | undefined) {
  const rounds = instag?.rounds ?? [];
  const sum = (pick: (round: (typeof rounds)[number]) => number) =>
    rounds.reduce((total, round) => total + pick(round), 0);
  return {
    instagRounds: rounds.length,
    failedInstagBatches: instag?.failedBatches ?? 0,
    instagDocuments: sum((round) => round.taggedDocuments),
    instagAssignedByTag: sum((round) => round.assignedByTag),
    instagAssignedByNearest: sum((round) => round.assignedByNearest),
    instagMergeChecks: instag?.merges.length ?? 0,
    instagMerges: instag?.merges.filter((merge) => merge.merged).length ?? 0,
    instagDroppedTags: instag?.droppedTags ?? 0,
  };
}
