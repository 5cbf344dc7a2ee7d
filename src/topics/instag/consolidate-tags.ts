// InsTag consolidation of one round's tags (NaVAB §3.2 after #InsTag, Lu et al. 2023): tags are counted by
// documents; a tag already merged into a tag topic joins it; the others are grouped by embedding evidence
// (group-similar-tags.ts: tag-string cosine from the settings, or unusually close documents) and each candidate
// group that could matter (it extends a topic, or its documents reach the minimum) is checked by the LLM
// (confirm-merge.ts). Every check is kept as a MergeDecision; a group the model refuses, or one past the check
// budget, stays apart tag by tag. Groups come back with those of existing topics first, then the largest new ones.
import type { PromptFile } from "../../llm/prompt-file.js";
import type { StructuredOptions } from "../../llm/structured-completion.js";
import type { ChatModel } from "../../models/chat/chat-model.js";
import type { EmbeddingModel } from "../../models/embedding/embedding-model.js";
import { confirmMerge } from "./confirm-merge.js";
import { cosine, groupSimilarTags, type Relation, type TagCandidate, type TagGroup } from "./group-similar-tags.js";
import type { MergeDecision, TagTopic } from "./instag-types.js";
import { countTags, normalizeTag, type DocumentTags, type TagFrequency } from "./tag-frequencies.js";

export interface ConsolidationSettings {
  /** Cosine similarity of two tag-string embeddings from which they are a candidate merge. */
  mergeSimilarity: number;
  /** LLM merge checks per round at most (later candidate groups stay apart). */
  mergeChecks: number;
  /** Documents a new group needs to become a topic (a group below it is not worth a check). */
  minimumDocuments: number;
}

export interface ConsolidationDependencies {
  embedder: EmbeddingModel;
  chat: ChatModel;
  mergePrompt: PromptFile;
  language: string;
  seed: number;
  /** Whether two documents are unusually close neighbours (their tags are then candidate merges). */
  neighbours: (left: number, right: number) => boolean;
  llm?: Pick<StructuredOptions, "cache" | "tokenLog" | "retry">;
}

/** One consolidated tag: a new group, or new tags of an existing topic (`topic`). */
export interface ConsolidatedGroup {
  topic?: number;
  tag: string;
  keys: string[];
  vector: Float32Array;
  documents: Set<number>;
}

export interface Consolidation {
  groups: ConsolidatedGroup[];
  merges: MergeDecision[];
}

export async function consolidateTags(
  round: number,
  tagged: readonly DocumentTags[],
  existing: readonly TagTopic[],
  settings: ConsolidationSettings,
  dependencies: ConsolidationDependencies,
): Promise<Consolidation> {
  const frequencies = countTags(tagged);
  const topicOfKey = new Map(existing.flatMap((topic, index) => topic.tags.map((key) => [key, index] as const)));
  const fresh = frequencies.filter((frequency) => !topicOfKey.has(frequency.key));
  const vectors = await dependencies.embedder.embed(
    fresh.map((frequency) => frequency.display),
    { language: dependencies.language },
  );
  const byKey = new Map(
    fresh.map((frequency, position) => [frequency.key, { frequency, vector: vectors[position] ?? new Float32Array() }]),
  );
  const related = (tag: TagCandidate, head: TagCandidate): Relation | undefined => {
    const similarity = cosine(tag.vector, head.vector);
    if (similarity >= settings.mergeSimilarity) return { basis: "tag embeddings", similarity };
    const close = tag.documents.some((left) => head.documents.some((right) => dependencies.neighbours(left, right)));
    return close ? { basis: "document embeddings", similarity } : undefined;
  };
  const candidates = groupSimilarTags(
    existing.map((topic) => ({
      key: normalizeTag(topic.tag),
      vector: topic.vector,
      documents: topic.members.filter((member) => member.assignment === "tag").map((member) => member.document),
    })),
    fresh.map((frequency) => ({
      key: frequency.key,
      vector: byKey.get(frequency.key)?.vector ?? new Float32Array(),
      documents: [...frequency.documents],
    })),
    related,
  );
  const groups: ConsolidatedGroup[] = frequencies
    .filter((frequency) => topicOfKey.has(frequency.key))
    .map((frequency) => {
      const topic = topicOfKey.get(frequency.key) ?? 0;
      const { tag, vector } = existing[topic] as TagTopic;
      return { topic, tag, keys: [frequency.key], vector, documents: new Set(frequency.documents) };
    });
  const merges: MergeDecision[] = [];
  const single = (key: string): ConsolidatedGroup => {
    const { frequency, vector } = byKey.get(key) as { frequency: TagFrequency; vector: Float32Array };
    return { tag: frequency.display, keys: [key], vector, documents: frequency.documents };
  };
  for (const group of candidates) {
    const members = group.members.map((member) => member.key);
    const documents = new Set(members.flatMap((key) => [...(byKey.get(key)?.frequency.documents ?? [])]));
    if (group.topic === undefined && (members.length === 1 || documents.size < settings.minimumDocuments)) {
      groups.push(...members.map(single));
      continue;
    }
    const tags = displayTags(group, existing, byKey);
    const verdict =
      merges.length < settings.mergeChecks
        ? await confirmMerge(tags, { ...dependencies, prompt: dependencies.mergePrompt }, dependencies.llm)
        : { merged: false, reason: "merge check budget spent" };
    const evidence = group.members.filter((member) => member.key !== group.head);
    merges.push({
      round,
      tags,
      basis: evidence.some((member) => member.basis === "document embeddings")
        ? "document embeddings"
        : "tag embeddings",
      similarity: Math.min(...evidence.map((member) => member.similarity)),
      merged: verdict.merged,
      reason: verdict.reason,
    });
    if (!verdict.merged) groups.push(...members.map(single));
    else if (group.topic === undefined) groups.push({ ...single(group.head), keys: members, documents });
    else {
      const topic = existing[group.topic] as TagTopic;
      groups.push({ topic: group.topic, tag: topic.tag, keys: members, vector: topic.vector, documents });
    }
  }
  return { groups: groups.sort(byTopicThenSize(existing.length)), merges };
}

function byTopicThenSize(existingTopics: number) {
  return (left: ConsolidatedGroup, right: ConsolidatedGroup): number =>
    (left.topic ?? existingTopics) - (right.topic ?? existingTopics) ||
    right.documents.size - left.documents.size ||
    (left.keys[0] ?? "").localeCompare(right.keys[0] ?? "");
}

function displayTags(
  group: TagGroup,
  existing: readonly TagTopic[],
  byKey: ReadonlyMap<string, { frequency: TagFrequency }>,
): string[] {
  const members = group.members.map((member) => byKey.get(member.key)?.frequency.display ?? member.key);
  return group.topic === undefined ? members : [existing[group.topic]?.tag ?? group.head, ...members];
}
