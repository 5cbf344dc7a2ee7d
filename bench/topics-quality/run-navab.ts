// Quality bench: navab's topic model on BBC 2,225 with the default `hashed-ngram-v1` embedder (no LLM), scored
// against the five folder categories (NMI, ARI, purity); exports the embeddings it used for the BERTopic run.
// Usage: nice -n 10 npx tsx bench/topics-quality/run-navab.ts [out-folder] [min-cluster-size]
// NAVAB_BENCH_MIN_SAMPLES=n sets HDBSCAN min_samples (default = min cluster size, as the paper/library).
// NAVAB_BENCH_EMBEDDER=minilm uses .navab/models/all-MiniLM-L6-v2 (see src/models/embedding/scripts/) instead.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadSettings } from "../../src/config/settings.js";
import { EmbeddingCache } from "../../src/models/embedding/embedding-cache.js";
import type { EmbeddingModel } from "../../src/models/embedding/embedding-model.js";
import { HashedNgramEmbeddingModel } from "../../src/models/embedding/hashed-ngram-embedding-model.js";
import { TransformersEmbeddingModel } from "../../src/models/embedding/transformers-embedding-model.js";
import { adjustedRandIndex, normalizedMutualInformation } from "../../src/topics/clustering/metrics.js";
import { resolveOptions } from "../../src/topics/options.js";
import { buildTopics } from "../../src/topics/stage/build-topics.js";
import { documentText, embedDocuments } from "../../src/topics/stage/embed-documents.js";
import { readBbc } from "./bbc-corpus.js";

const out = process.argv[2] ?? "out/topics-quality";
mkdirSync(out, { recursive: true });
const settings = loadSettings();
const documents = readBbc(settings.corpora);
const embedder: EmbeddingModel =
  process.env.NAVAB_BENCH_EMBEDDER === "minilm"
    ? new TransformersEmbeddingModel({
        modelFolder: join(settings.home, "models"),
        models: { default: { name: "all-MiniLM-L6-v2", pooling: "mean", maxTokens: 256 } },
        dimensions: 384,
      })
    : new HashedNgramEmbeddingModel();
const cache = new EmbeddingCache(join(settings.home, "cache", "embeddings"));
const categories = [...new Set(documents.map((document) => document.category))];
const truth = Int32Array.from(documents.map((document) => categories.indexOf(document.category)));
const fixedSize = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
const minSamples =
  process.env.NAVAB_BENCH_MIN_SAMPLES === undefined ? undefined : Number(process.env.NAVAB_BENCH_MIN_SAMPLES);
const options = resolveOptions({
  hdbscan: {
    ...(fixedSize === undefined ? {} : { minClusterSize: fixedSize }),
    ...(minSamples === undefined ? {} : { minSamples }),
  },
});
const log = (step: string, total: number) =>
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${step} (${total})\n`);
const progress = { start: log, update() {}, stop() {} };
const embeddingStarted = Date.now();
const embedded = await embedDocuments(
  documents,
  embedder,
  { batchSize: options.embeddingBatchSize, textCharacters: options.textCharacters },
  cache,
  progress,
);
const embeddingSeconds = (Date.now() - embeddingStarted) / 1000;
const started = Date.now();
const result = await buildTopics(documents, options, { embedder, cache, progress });
const seconds = (Date.now() - started) / 1000;
/** Share of clustered documents whose topic's majority category is their own category. */
function purity(predicted: number[], actual: number[]): number {
  const counts = new Map<number, Map<number, number>>();
  predicted.forEach((label, position) => {
    const inner = counts.get(label) ?? new Map<number, number>();
    inner.set(actual[position] ?? -1, (inner.get(actual[position] ?? -1) ?? 0) + 1);
    counts.set(label, inner);
  });
  let majority = 0;
  for (const inner of counts.values()) majority += Math.max(...inner.values());
  return majority / Math.max(1, predicted.length);
}
const score = (labels: Int32Array, name: string) => {
  const clustered = [...labels.keys()].filter((position) => (labels[position] ?? -1) >= 0);
  return {
    name,
    nmiAll: normalizedMutualInformation(labels, truth),
    ariAll: adjustedRandIndex(labels, truth),
    nmiClustered: normalizedMutualInformation(
      clustered.map((position) => labels[position] ?? -1),
      clustered.map((position) => truth[position] ?? -1),
    ),
    ariClustered: adjustedRandIndex(
      clustered.map((position) => labels[position] ?? -1),
      clustered.map((position) => truth[position] ?? -1),
    ),
    clusters: new Set([...labels].filter((label) => label >= 0)).size,
    purity: purity(
      clustered.map((position) => labels[position] ?? -1),
      clustered.map((position) => truth[position] ?? -1),
    ),
    noiseShare: 1 - clustered.length / labels.length,
  };
};
const report = {
  documents: documents.length,
  embedder: embedded.model.id,
  embeddingSeconds,
  freshEmbeddings: embedded.fresh,
  seconds,
  secondsCountsCachedEmbeddings: result.counts.embeddedFromCache === documents.length,
  minClusterSize: result.minClusterSize,
  navab: score(result.clusterLabels, "navab hdbscan"),
  topics: result.topics
    .slice(0, 12)
    .map((topic) => ({ size: topic.members.length, keywords: topic.keywords.slice(0, 8) })),
};
console.log(JSON.stringify(report, null, 2));
writeFileSync(join(out, "navab-scores.json"), JSON.stringify(report, null, 2));
writeFileSync(
  join(out, "embeddings.f32"),
  Buffer.from(Float32Array.from(embedded.vectors.flatMap((vector) => [...vector])).buffer),
);
writeFileSync(
  join(out, "documents.jsonl"),
  documents
    .map((document) =>
      JSON.stringify({
        id: document.id,
        category: document.category,
        text: documentText(document, options.textCharacters),
      }),
    )
    .join("\n") + "\n",
);
