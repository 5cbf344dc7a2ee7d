// InsTag on the HDBSCAN outliers of one scope, in rounds (NaVAB §3.2: the outliers are tagged with #InsTag, Lu et
// al. 2023, and classified by their tags). Each round: untried outliers (spread seeds and their nearest neighbours,
// sample-outliers.ts) are tagged by the LLM; tags are counted and consolidated (embeddings + an LLM merge check);
// consolidated tags carried by enough documents become tag topics; tagged documents join their tag's topic and other
// outliers the nearest tag topic (centroid cosine ≥ threshold). Rounds repeat on what is left until the outlier
// share reaches the target, a round assigns nothing, or the round or document budget is spent.
import type { PromptFile } from "../../llm/prompt-file.js";
import type { StructuredOptions } from "../../llm/structured-completion.js";
import type { ChatModel } from "../../models/chat/chat-model.js";
import type { EmbeddingModel } from "../../models/embedding/embedding-model.js";
import type { ProgressReporter } from "../../shared/progress.js";
import { assignByNearestCentroid, assignByTags, tagCentroids } from "./assign-documents.js";
import { consolidateTags } from "./consolidate-tags.js";
import { cosine } from "./group-similar-tags.js";
import type { InstagResult, MergeDecision, RoundSummary, StopReason, TagTopic } from "./instag-types.js";
import { neighbourhoodSample } from "./sample-outliers.js";
import { backgroundThreshold } from "./standard-score.js";
import { tagOutliers } from "./tag-outliers.js";

export interface InstagSettings {
  documentsPerRound: number;
  /** Nearest untried outliers tagged with each spread seed (0: the round's sample is only spread seeds). */
  neighboursPerSeed: number;
  maximumRounds: number;
  /** Outliers tagged over all rounds at most (unset: no cap besides the rounds). */
  maximumDocuments?: number | undefined;
  /** Stop once outliers are at most this share of the scope's documents. */
  targetOutlierShare: number;
  /** Documents of a round a consolidated tag needs to become a topic. */
  minimumDocumentsPerTag: number;
  mergeSimilarity: number;
  /** Standard score from which two tagged documents are close enough for their tags to be a candidate merge. */
  mergeStandardScore: number;
  mergeChecksPerRound: number;
  /** Standard score of an outlier's similarity to a tag topic's centroid from which it joins that topic. */
  assignStandardScore: number;
  /** Cosine similarity to the centroid an outlier needs in any case. */
  assignSimilarity: number;
}

export interface InstagInput {
  /** Text of every document of the scope. */
  texts: readonly string[];
  /** Embedding of every document of the scope (the topic model's). */
  vectors: readonly Float32Array[];
  /** Positions of the HDBSCAN outliers. */
  outliers: readonly number[];
  language: string;
  seed: number;
}

export interface InstagDependencies {
  chat: ChatModel;
  /** Embeds tag strings for consolidation (any EmbeddingModel; the stage's similarity embedder). */
  embedder: EmbeddingModel;
  tagPrompt: PromptFile;
  mergePrompt: PromptFile;
  progress: ProgressReporter;
  llm?: Pick<StructuredOptions, "cache" | "tokenLog" | "retry">;
}

export async function runInstag(
  input: InstagInput,
  settings: InstagSettings,
  dependencies: InstagDependencies,
): Promise<InstagResult> {
  const started = performance.now();
  const topics: TagTopic[] = [];
  const assigned = new Set<number>();
  const tried = new Set<number>();
  const rounds: RoundSummary[] = [];
  const merges: MergeDecision[] = [];
  const totals = { failedBatches: 0, droppedTags: 0, lastFailure: undefined as string | undefined };
  const remaining = () => input.outliers.filter((document) => !assigned.has(document));
  let stoppedBecause: StopReason | undefined;
  for (let round = 1; stoppedBecause === undefined; round += 1) {
    const left = remaining();
    const budget = (settings.maximumDocuments ?? Number.POSITIVE_INFINITY) - tried.size;
    const untried = left.filter((document) => !tried.has(document));
    stoppedBecause =
      left.length <= settings.targetOutlierShare * input.texts.length
        ? "target outlier share reached"
        : round > settings.maximumRounds
          ? "round budget spent"
          : budget <= 0
            ? "document budget spent"
            : untried.length === 0
              ? "no untagged outliers left"
              : undefined;
    if (stoppedBecause !== undefined) break;
    const size = Math.min(settings.documentsPerRound, budget);
    const summary = await runRound(
      round,
      neighbourhoodSample(untried, size, input.vectors, settings.neighboursPerSeed),
    );
    rounds.push(summary);
    if (summary.assignedByTag + summary.assignedByNearest === 0) stoppedBecause = "a round assigned nothing";
  }
  return {
    topics,
    rounds,
    merges,
    stoppedBecause,
    failedBatches: totals.failedBatches,
    ...(totals.lastFailure === undefined ? {} : { lastFailure: totals.lastFailure }),
    droppedTags: totals.droppedTags,
    seconds: (performance.now() - started) / 1000,
  };

  async function runRound(round: number, sample: readonly number[]): Promise<RoundSummary> {
    for (const document of sample) tried.add(document);
    const { chat, tagPrompt, progress, llm } = dependencies;
    const texts = sample.map((document) => input.texts[document] ?? "");
    const tagging = await tagOutliers(texts, input.language, chat, tagPrompt, input.seed, progress, llm);
    totals.failedBatches += tagging.failedBatches;
    totals.droppedTags += tagging.droppedTags;
    if (tagging.lastFailure !== undefined) totals.lastFailure = tagging.lastFailure;
    const tagged = tagging.tagged.map((entry) => ({ document: sample[entry.document] ?? -1, tags: entry.tags }));
    const background = remaining();
    const limits = new Map<number, number>();
    const limitOf = (document: number): number => {
      let limit = limits.get(document);
      if (limit === undefined) {
        const vector = input.vectors[document] ?? new Float32Array();
        limit = backgroundThreshold(vector, background, input.vectors, settings.mergeStandardScore);
        limits.set(document, limit);
      }
      return limit;
    };
    const neighbours = (left: number, right: number): boolean => {
      const similarity = cosine(input.vectors[left] ?? new Float32Array(), input.vectors[right] ?? new Float32Array());
      return similarity >= limitOf(left) || similarity >= limitOf(right);
    };
    const consolidation = await consolidateTags(
      round,
      tagged,
      topics,
      {
        mergeSimilarity: settings.mergeSimilarity,
        mergeChecks: settings.mergeChecksPerRound,
        minimumDocuments: settings.minimumDocumentsPerTag,
      },
      { ...dependencies, language: input.language, seed: input.seed, neighbours },
    );
    merges.push(...consolidation.merges);
    const topicOfKey = new Map<string, number>();
    const weightOfTopic = new Map<number, number>();
    const before = topics.length;
    for (const group of consolidation.groups) {
      let index = group.topic;
      if (index === undefined) {
        if (group.documents.size < settings.minimumDocumentsPerTag) continue;
        index = topics.push({ tag: group.tag, tags: [], vector: group.vector, round, members: [] }) - 1;
      }
      const topic = topics[index] as TagTopic;
      for (const key of group.keys) {
        if (!topic.tags.includes(key)) topic.tags.push(key);
        topicOfKey.set(key, index);
      }
      weightOfTopic.set(index, (weightOfTopic.get(index) ?? 0) + group.documents.size);
    }
    const byTag = assignByTags(tagged, topicOfKey, weightOfTopic);
    for (const { document, topic } of byTag) {
      topics[topic]?.members.push({ document, probability: 1, assignment: "tag", round });
      assigned.add(document);
    }
    // A new topic whose documents all went to heavier topics of their other tags is below the minimum: dropped.
    for (let index = topics.length - 1; index >= before; index -= 1) {
      const members = topics[index]?.members ?? [];
      if (members.length >= settings.minimumDocumentsPerTag) continue;
      for (const member of members) assigned.delete(member.document);
      byTag.splice(0, byTag.length, ...byTag.filter((entry) => entry.topic !== index));
      topics.splice(index, 1);
    }
    const centroids = tagCentroids(topics, input.vectors);
    const nearest = assignByNearestCentroid(remaining(), input.vectors, centroids, {
      standardScore: settings.assignStandardScore,
      floor: settings.assignSimilarity,
    });
    for (const { document, topic, similarity } of nearest) {
      topics[topic]?.members.push({ document, probability: similarity, assignment: "nearest-tag-topic", round });
      assigned.add(document);
    }
    return {
      round,
      taggedDocuments: sample.length,
      documentsWithTags: tagged.length,
      droppedTags: tagging.droppedTags,
      failedBatches: tagging.failedBatches,
      newTopics: topics.length - before,
      assignedByTag: byTag.length,
      assignedByNearest: nearest.length,
      outliersAfter: remaining().length,
    };
  }
}
