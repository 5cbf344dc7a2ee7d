// Quality bench: navab's topic model on BBC 2,225 with the default `hashed-ngram-v1` embedder (no LLM), scored
// against the five folder categories (NMI, ARI); exports the embeddings for the BERTopic side-by-side run.
// Usage: nice -n 10 npx tsx bench/topics-quality/run-navab.ts [out-folder]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadSettings } from "../../src/config/settings.js";
import { HashedNgramEmbeddingModel } from "../../src/models/embedding/hashed-ngram-embedding-model.js";
import { adjustedRandIndex, normalizedMutualInformation } from "../../src/topics/clustering/metrics.js";
import { resolveOptions } from "../../src/topics/options.js";
import { buildTopics } from "../../src/topics/stage/build-topics.js";
import { fitHashedIdf } from "../../src/models/embedding/hashed-idf.js";
import { documentText } from "../../src/topics/stage/embed-documents.js";
import { readBbc } from "./bbc-corpus.js";

const out = process.argv[2] ?? "out/topics-quality";
mkdirSync(out, { recursive: true });
const documents = readBbc(loadSettings().corpora);
const categories = [...new Set(documents.map((document) => document.category))];
const truth = Int32Array.from(documents.map((document) => categories.indexOf(document.category)));
const options = resolveOptions();
const log = (step: string, total: number) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${step} (${total})\n`);
const started = Date.now();
const result = await buildTopics(documents, options, { embedder: new HashedNgramEmbeddingModel(), progress: { start: log, update() {}, stop() {} } });
const seconds = (Date.now() - started) / 1000;
const score = (labels: Int32Array, name: string) => {
  const clustered = [...labels.keys()].filter((position) => (labels[position] ?? -1) >= 0);
  return {
    name,
    nmiAll: normalizedMutualInformation(labels, truth),
    ariAll: adjustedRandIndex(labels, truth),
    nmiClustered: normalizedMutualInformation(clustered.map((position) => labels[position] ?? -1), clustered.map((position) => truth[position] ?? -1)),
    ariClustered: adjustedRandIndex(clustered.map((position) => labels[position] ?? -1), clustered.map((position) => truth[position] ?? -1)),
    clusters: new Set([...labels].filter((label) => label >= 0)).size,
    noiseShare: 1 - clustered.length / labels.length,
  };
};
const report = { documents: documents.length, seconds, minClusterSize: result.minClusterSize, navab: score(result.clusterLabels, "navab hdbscan"),
  topics: result.topics.slice(0, 12).map((topic) => ({ size: topic.members.length, keywords: topic.keywords.slice(0, 8) })) };
console.log(JSON.stringify(report, null, 2));
writeFileSync(join(out, "navab-scores.json"), JSON.stringify(report, null, 2));
const fitted = fitHashedIdf(documents.map((document) => ({ text: documentText(document, options.textCharacters), language: "en" })));
const vectors = await fitted.embed(documents.map((document) => documentText(document, options.textCharacters)));
writeFileSync(join(out, "embeddings.f32"), Buffer.from(Float32Array.from(vectors.flatMap((vector) => [...vector])).buffer));
writeFileSync(join(out, "documents.jsonl"), documents.map((document) => JSON.stringify({ id: document.id, category: document.category, text: documentText(document, options.textCharacters) })).join("\n") + "\n");
