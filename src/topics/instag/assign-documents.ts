// How InsTag outliers join tag topics: a tagged document joins the topic of its own tags (the one most documents of
// the round share), and any other outlier joins the tag topic whose tagged members' centroid its embedding is
// nearest to, when the cosine similarity reaches the threshold (so a few model calls can classify many outliers).
import { cosine } from "./group-similar-tags.js";
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

/** Each document whose nearest centroid is at least `threshold` cosine-similar joins that topic. */
export function assignByNearestCentroid(
  documents: readonly number[],
  vectors: readonly Float32Array[],
  centroids: readonly (Float32Array | undefined)[],
  threshold: number,
): { document: number; topic: number; similarity: number }[] {
  const assigned: { document: number; topic: number; similarity: number }[] = [];
  for (const document of documents) {
    const vector = vectors[document];
    if (vector === undefined) continue;
    let best: { topic: number; similarity: number } | undefined;
    centroids.forEach((centroid, topic) => {
      if (centroid === undefined) return;
      const similarity = cosine(vector, centroid);
      if (best === undefined || similarity > best.similarity) best = { topic, similarity };
    });
    if (best !== undefined && best.similarity >= threshold) assigned.push({ document, ...best });
  }
  return assigned;
}
