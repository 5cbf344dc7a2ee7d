// Chinese check: navab topics on the MFA press-conference answers (cn-mfa-press, read with the ingest reader)
// with `hashed-ngram-v1`, no LLM; prints the top topics' keywords and how many keywords are single characters
// or stopwords (acceptance: real Chinese keywords, no single characters or stopwords dominating).
// Usage: nice -n 10 npx tsx bench/topics-quality/run-mfa.ts
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readMfaPressHtml } from "../../ingest/mfa-press-html.js";
import { loadSettings } from "../../src/config/settings.js";
import { HashedNgramEmbeddingModel } from "../../src/models/embedding/hashed-ngram-embedding-model.js";
import { resolveOptions } from "../../src/topics/options.js";
import { buildTopics } from "../../src/topics/stage/build-topics.js";
import { stopwordsFor } from "../../src/text/tokenization/stopwords.js";
import type { TopicDocument } from "../../src/topics/stage/types.js";

const folder = join(loadSettings().corpora, "cn-mfa-press");
const documents: TopicDocument[] = [];
for (const file of readdirSync(folder)
  .filter((name) => name.endsWith(".html"))
  .sort()) {
  for (const record of readMfaPressHtml({ path: join(folder, file), bytes: readFileSync(join(folder, file)) })) {
    if (record.type === "record" && record.kind === "answer" && record.text.length >= 80) {
      documents.push({
        id: `${file}#${record.position}`,
        text: record.text,
        language: "zh",
        ...(record.title === undefined ? {} : { title: record.title }),
      });
    }
  }
}
const started = Date.now();
const result = await buildTopics(documents, resolveOptions(), {
  embedder: new HashedNgramEmbeddingModel(),
  progress: { start() {}, update() {}, stop() {} },
});
const keywords = result.topics.flatMap((topic) => topic.keywords);
const stopwords = stopwordsFor("zh");
console.log(
  JSON.stringify(
    {
      documents: documents.length,
      seconds: (Date.now() - started) / 1000,
      topics: result.topics.length,
      minClusterSize: result.minClusterSize,
      outlierShare: result.counts.outliersBeforeInstag / documents.length,
      singleCharacterKeywords: keywords.filter((keyword) => [...keyword].length === 1).length,
      stopwordKeywords: keywords.filter((keyword) => stopwords.has(keyword)).length,
      keywords: keywords.length,
      top: result.topics
        .slice(0, 10)
        .map((topic) => `${topic.members.length}: ${topic.keywords.slice(0, 8).join(" / ")}`),
    },
    null,
    1,
  ),
);
