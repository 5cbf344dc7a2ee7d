// Sample-and-assign for scopes larger than `sample.above` (settings v2): the stage fits on a seeded sample and
// assigns every other article afterwards, streaming the scope from the graph in pages of `sample.pageSize`
// (keyset pages in id order) so it never holds more than the sample, one page and per-topic counts.
// Pass 1 (`readSample`) reads ids only and fetches the sample's articles; pass 2 (`assignRemaining`) reads each
// page, embeds the articles outside the sample with the sample's (fitted) embedder, places them with UMAP's
// transform and HDBSCAN's approximate prediction (clustering/assign-*.ts) and writes their IN_TOPIC links with the
// predicted membership probability. Noise stays without a topic, as it does for the sample after InsTag.
import type { CypherExecutor } from "../../database/executor.js";
import { integer } from "../../database/values.js";
import type { EmbeddingCache } from "../../models/embedding/embedding-cache.js";
import type { ProgressReporter } from "../../shared/progress.js";
import { startAssignment } from "../clustering/assign-workers.js";
import { samplePositions } from "../clustering/sample-positions.js";
import type { TopicOptions } from "../options.js";
import { defaultThreads } from "../reduction/optimize-layout.js";
import { embedDocuments } from "./embed-documents.js";
import { topicId } from "./persist-topics.js";
import type { TopicDocument, TopicModelResult } from "./types.js";

export interface ScopeQuery {
  nation: string | null;
  outlet: string | null;
  kinds: string[] | null;
}

type ScopeDocument = TopicDocument & { nation: string };

export async function scopeSize(
  executor: CypherExecutor,
  query: ScopeQuery,
): Promise<{ count: number; nations: string[] }> {
  const [row] = await executor.read<{ count: number; nations: string[] }>("topics/scope-size", { ...query });
  return { count: row?.count ?? 0, nations: row?.nations ?? [] };
}

/** Pass 1: the scope's ids page by page → the seeded sample's ids → those articles (fetched in pages too). */
export async function readSample(
  executor: CypherExecutor,
  query: ScopeQuery,
  count: number,
  sample: TopicOptions["sample"],
): Promise<ScopeDocument[]> {
  const positions = samplePositions(count, sample.size, sample.seed);
  const ids: string[] = [];
  let position = 0;
  let next = 0;
  let after = "";
  for (;;) {
    const page: { id: string }[] = await executor.read<{ id: string }>("topics/scope-id-page", {
      ...query,
      after,
      limit: integer(sample.pageSize),
    });
    for (const row of page) {
      if (position === positions[next]) {
        ids.push(row.id);
        next += 1;
      }
      position += 1;
    }
    after = page.at(-1)?.id ?? after;
    if (page.length < sample.pageSize || next >= positions.length) break;
  }
  const documents: ScopeDocument[] = [];
  for (let start = 0; start < ids.length; start += sample.pageSize)
    documents.push(
      ...(await executor.read<ScopeDocument>("topics/articles-by-id", {
        ids: ids.slice(start, start + sample.pageSize),
      })),
    );
  return documents;
}

export interface AssignContext {
  runId: string;
  scopeKey: string;
  options: TopicOptions;
  cache?: EmbeddingCache;
  progress: ProgressReporter;
  /** Worker threads for the assignment (default: the machine's cores). */
  threads?: number;
}

/** Pass 2: every article outside the sample, page by page. Returns how many were assigned and the topics' sizes. */
export async function assignRemaining(
  executor: CypherExecutor,
  query: ScopeQuery,
  sample: readonly ScopeDocument[],
  result: TopicModelResult,
  context: AssignContext,
): Promise<{ assigned: number; noise: number; sizes: Map<number, number> }> {
  const { options, progress } = context;
  const assignment = result.assignment;
  if (assignment === undefined)
    throw new Error("topics: sample-and-assign needs the sample's fitted model (buildTopics assignLater)");
  const sampleIds = new Set(sample.map((document) => document.id));
  const topicOfLabel = new Map<number, number>();
  result.clusterLabels.forEach((label, document) => {
    if (label >= 0) topicOfLabel.set(label, result.topicOfDocument[document] as number);
  });
  const added = new Map<number, number>();
  const { model } = assignment;
  const dimensions = model.transform.dimensions;
  const runner = startAssignment(model, context.threads ?? defaultThreads());
  let assigned = 0;
  let noise = 0;
  let after = "";
  progress.start("assign", 1);
  try {
    for (;;) {
      const page: ScopeDocument[] = await executor.read<ScopeDocument>("topics/scope-article-page", {
        ...query,
        after,
        limit: integer(options.sample.pageSize),
      });
      after = page.at(-1)?.id ?? after;
      const fresh = page.filter((document) => !sampleIds.has(document.id));
      if (fresh.length > 0) {
        const embedded = await embedDocuments(
          fresh,
          assignment.embeddingModel,
          { batchSize: options.embeddingBatchSize, textCharacters: options.textCharacters, fitIdf: false },
          context.cache,
          { start: () => {}, update: () => {}, stop: () => {} },
        );
        const vectors = new Float32Array(fresh.length * model.width);
        embedded.vectors.forEach((vector, row) => vectors.set(vector, row * model.width));
        const batch = {
          vectors,
          ids: Int32Array.from(fresh, (document) => streamId(document.id)),
          embedding: new Float64Array(fresh.length * dimensions),
          labels: new Int32Array(fresh.length),
          probabilities: new Float64Array(fresh.length),
        };
        await runner.assign(batch);
        const memberships: { articleId: string; topicId: string; probability: number }[] = [];
        fresh.forEach((document, row) => {
          const topic = topicOfLabel.get(batch.labels[row] as number);
          if (topic === undefined) {
            noise += 1;
            return;
          }
          added.set(topic, (added.get(topic) ?? 0) + 1);
          memberships.push({
            articleId: document.id,
            topicId: topicId(context.runId, context.scopeKey, topic),
            probability: batch.probabilities[row] as number,
          });
        });
        await executor.writeBatches("topics/write-memberships", memberships, {
          batchSize: 2000,
          parameters: { runId: context.runId },
        });
        assigned += fresh.length;
        progress.update(assigned);
      }
      if (page.length < options.sample.pageSize) break;
    }
  } finally {
    await runner.close();
    progress.stop();
  }
  const sizes = result.topics.map((topic) => ({
    id: topicId(context.runId, context.scopeKey, topic.index),
    size: integer(topic.members.length + (added.get(topic.index) ?? 0)),
    sampleSize: integer(topic.members.length),
  }));
  await executor.writeBatches("topics/write-topic-sizes", sizes, { batchSize: 500 });
  const totals = new Map(
    result.topics.map((topic) => [topic.index, topic.members.length + (added.get(topic.index) ?? 0)]),
  );
  return { assigned, noise, sizes: totals };
}

/** A document's random-stream id for the assignment: FNV-1a of its article id (stable across runs and pages). */
export function streamId(articleId: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < articleId.length; index += 1) {
    hash ^= articleId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
