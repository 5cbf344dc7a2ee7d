// How InsTag outliers join tag topics: a tagged document joins the topic of its own tags (the one most documents of
// the round share), and any other outlier joins the tag topic whose tagged members' centroid its embedding is
// nearest to, when that similarity is unusual for the centroid (standard score over the remaining outliers, see
// standard-score.ts) and reaches an absolute floor (so a few model calls can classify many outliers).
import { cosine } from "./group-similar-tags.js";
import { backgroundThreshold } from "./standard-score.js";
import type { TagTopic } from "./instag-types.js";
import { normalizeTag, type DocumentTags } from "./tag-frequencies.js";

/** Each tagged document with a topic among its tags goes to the heaviest one (ties: the earlier topic). */
export function assignByTags(
  tagged: readonly DocumentTags[],
  topicOfKey: ReadonlyMap<string, number>,
  weightOfTopic: ReadonlyMap<number, number>,
): { document: number; topic: number }[] {
  const assigned: { document: number; topic: number }[] = [];
  for (const entry of tagged) {
    let best: number | undefined;
    for (const tag of entry.tags) {
      const topic = topicOfKey.get(normalizeTag(tag));
      if (topic === undefined) continue;
      const weight = weightOfTopic.get(topic) ?? 0;
      const bestWeight = best === undefined ? -1 : (weightOfTopic.get(best) ?? 0);
      if (weight > bestWeight || (weight === bestWeight && best !== undefined && topic < best)) best = topic;
    }
    if (best !== undefined) assigned.push({ document: entry.document, topic: best });
  }
  return assigned;
}

/** Per topic, the mean vector of its members that joined by their own tags (undefined when it has none). */
export function tagCentroids(
  topics: readonly TagTopic[],
  vectors: readonly Float32Array[],
): (Float32Array | undefined)[] {
  return topics.map((topic) => {
    const members = topic.members.filter((member) => member.assignment === "tag");
    const first = vectors[members[0]?.document ?? -1];
    if (first === undefined) return undefined;
    const sum = new Float32Array(first.length);
    for (const member of members) {
      const vector = vectors[member.document];
      if (vector !== undefined)
        for (let index = 0; index < sum.length; index += 1) sum[index] = (sum[index] ?? 0) + (vector[index] ?? 0);
    }
    return sum;
  });
}

/**
 * Each document joins the most similar centroid among those it is unusually close to: cosine at least `floor` and
 * `standardScore` standard deviations above the centroid's mean similarity to the documents.
 */
export function assignByNearestCentroid(
  documents: readonly number[],
  vectors: readonly Float32Array[],
  centroids: readonly (Float32Array | undefined)[],
  threshold: { standardScore: number; floor: number },
): { document: number; topic: number; similarity: number }[] {
  const limits = centroids.map((centroid) =>
    centroid === undefined
      ? Number.POSITIVE_INFINITY
      : Math.max(threshold.floor, backgroundThreshold(centroid, documents, vectors, threshold.standardScore)),
  );
  const assigned: { document: number; topic: number; similarity: number }[] = [];
  for (const document of documents) {
    const vector = vectors[document];
    if (vector === undefined) continue;
    let best: { topic: number; similarity: number } | undefined;
    centroids.forEach((centroid, topic) => {
      if (centroid === undefined) return;
      const similarity = cosine(vector, centroid);
      if (
        similarity >= (limits[topic] ?? Number.POSITIVE_INFINITY) &&
        (best === undefined || similarity > best.similarity)
      )
        best = { topic, similarity };
    });
    if (best !== undefined) assigned.push({ document, ...best });
  }
  return assigned;
}
