// Grounding of the two extraction prompts (issue 13 item 1) on the same real articles with the same model:
// prompt v1 (the model writes statements out; the gate keeps those found in the article) vs prompt v2 (numbered
// sentences in, sentence numbers out). Reports per corpus and prompt: supported share, supported statements per
// article, malformed answers, unsupported reasons, seconds per article, the sentence each supported statement starts
// at, and sample statements. No answer cache.
// Usage: nice -n 10 npx tsx bench/statements/grounding.ts [articlesPerCorpus=20] [prompts=v1,v2]
import { loadSettings } from "../../src/config/settings.js";
import { connectDatabase } from "../../src/database/connect.js";
import { integer } from "../../src/database/values.js";
import { createChatModel } from "../../src/models/chat/create-chat-model.js";
import { disposeLlamaRuntime } from "../../src/models/local/llama-runtime.js";
import { extractStatements } from "../../src/statements/index.js";
import { sentenceSpans } from "../../src/statements/sentences.js";

const perCorpus = Number(process.argv[2] ?? 20);
const prompts = (process.argv[3] ?? "v1,v2").split(",");
const CORPORA = [
  { name: "BBC (GB articles)", nation: "GB", kind: "article" },
  { name: "MFA (CN answers)", nation: "CN", kind: "answer" },
];

const settings = loadSettings();
const executor = await connectDatabase(settings);
const chat = await createChatModel(settings, { log: console.error }); // NAVAB_LLM_BASE_URL set → the served model
const stamp = new Date().toISOString().replace(/[-:.]/g, "").slice(0, 15);
try {
  for (const corpus of CORPORA) {
    // A spread over the corpus: every k-th article of the first 20 × perCorpus in source order.
    const rows = await executor.read<{ id: string }>("statements/articles-by-filter", {
      nation: corpus.nation,
      kind: corpus.kind,
      language: null,
      limit: integer(perCorpus * 20),
    });
    const articleIds = rows
      .filter((_row, index) => index % 20 === 0)
      .map((row) => row.id)
      .slice(0, perCorpus);
    for (const version of prompts) {
      const runId = `bench-grounding-${corpus.nation}-${version}-${stamp}`;
      const started = performance.now();
      const result = await extractStatements(
        { articleIds },
        { runId, force: true, settings: { prompt: version, execution: { concurrency: 1 } } },
        { executor, models: { chat }, llm: {} },
      );
      const seconds = (performance.now() - started) / 1000;
      const counts = result.counts;
      const supported = counts.supported ?? 0;
      const statements = counts.statements ?? 0;
      const reasons = Object.entries(counts).filter(([key]) => key.startsWith("unsupported:"));
      console.log(`\n## ${corpus.name}, prompt ${version} (run ${runId})`);
      console.log(
        `articles ${articleIds.length}  malformed ${counts.failedArticles ?? 0}  statements ${statements}  supported ${supported} (${statements === 0 ? "n/a" : ((100 * supported) / statements).toFixed(0)}%)  supported/article ${(supported / articleIds.length).toFixed(2)}  s/article ${(seconds / articleIds.length).toFixed(1)}`,
      );
      console.log(`unsupported reasons ${JSON.stringify(Object.fromEntries(reasons))}`);
      const written = await executor.read<{ text: string; status: string; reason: string | null; similarity: number }>(
        "testing/statements/statements-of-run",
        { runId },
      );
      // Which sentence (1-based) each supported statement starts at: a small model may copy its example's number.
      const located = await executor.read<{ start: number; article: string }>(
        "testing/statements/sentence-of-statement",
        {
          prefix: runId,
        },
      );
      const positions: Record<string, number> = {};
      for (const row of located) {
        const position = sentenceSpans(row.article).findIndex((span) => span.start === row.start) + 1;
        const key = position === 0 ? "inside a sentence" : String(position);
        positions[key] = (positions[key] ?? 0) + 1;
      }
      console.log(`supported statements by starting sentence ${JSON.stringify(positions)}`);
      for (const row of [
        ...written.filter((statement) => statement.status === "valid").slice(0, 4),
        ...written.filter((statement) => statement.status !== "valid").slice(0, 3),
      ])
        console.log(
          `  [${row.status}${row.reason ? ` ${row.reason}` : ""} ${row.similarity.toFixed(2)}] ${row.text.replace(/\s+/g, " ").slice(0, 160)}`,
        );
    }
  }
} finally {
  await executor.close();
  await disposeLlamaRuntime();
}
