// Real-model smoke run, fully offline: the provisioned GGUF runs extraction → source judgment → triples on ~20
// real articles (CN MFA answers, GB/FR/DE news), then reports valid vs failed items and sample outputs.
// Usage: nice -n 10 npx tsx bench/llm-smoke/run.ts [articlesPerNation=5] [--keep] [--run-id <id> to resume]
// Writes under a unique run id and deletes its own output afterwards unless --keep.
import { derivedRunId } from "../../src/kernel/index.js";
import { randomUUID } from "node:crypto";
import { loadSettings } from "../../src/config/settings.js";
import { connectDatabase } from "../../src/database/connect.js";
import { integer } from "../../src/database/values.js";
import { memoryCache } from "../../src/llm/cache.js";
import { TokenLog } from "../../src/llm/token-log.js";
import { createChatModel } from "../../src/models/chat/create-chat-model.js";
import { disposeLlamaRuntime } from "../../src/models/local/llama-runtime.js";
import { runStatementPipeline } from "../../src/statements/index.js";

const perNation = Number(process.argv.find((argument) => /^\d+$/.test(argument)) ?? "5");
const keep = process.argv.includes("--keep");
const SAMPLES = [
  { nation: "CN", kind: "answer" },
  { nation: "GB", kind: "article" },
  { nation: "FR", kind: "article" },
  { nation: "DE", kind: "article" },
];
const settings = loadSettings();
const executor = await connectDatabase(settings);
const runIdFlag = process.argv.indexOf("--run-id");
const runId = runIdFlag > 0 ? String(process.argv[runIdFlag + 1]) : `smoke-llm-${randomUUID().slice(0, 8)}`;
try {
  const articleIds: string[] = [];
  for (const sample of SAMPLES) {
    const rows = await executor.read<{ id: string }>("testing/statements/smoke-articles", {
      ...sample,
      maxCharacters: integer(500),
      limit: integer(perNation),
    });
    articleIds.push(...rows.map((row) => row.id));
  }
  const chat = await createChatModel(settings, { backend: "local", log: console.error });
  console.log(`model ${chat.id}; ${articleIds.length} articles; run ${runId}`);
  const tokenLog = new TokenLog(runId);
  const started = performance.now();
  const results = await runStatementPipeline(
    { articleIds },
    {
      runId,
      settings: {
        extract: { maxStatements: 2, retries: 1, execution: { concurrency: 1 } },
        sources: { retries: 1, execution: { concurrency: 1 } },
        triples: { retries: 1, execution: { concurrency: 1 } },
      },
    },
    { executor, models: { chat }, llm: { cache: memoryCache(), tokenLog }, log: console.error },
  );
  const minutes = ((performance.now() - started) / 60_000).toFixed(1);
  console.log(`done in ${minutes} min; tokens ${JSON.stringify(tokenLog.totals)}`);
  for (const [name, result] of Object.entries(results)) console.log(`${name}: ${JSON.stringify(result.counts)}`);
  const samples = await executor.read("testing/statements/smoke-samples", {
    runId: derivedRunId(runId, "statements.triples"),
  });
  for (const sample of samples) console.log(JSON.stringify(sample));
} finally {
  if (!keep) await executor.write("testing/statements/delete-run", { testId: runId });
  await executor.close();
  await disposeLlamaRuntime();
}
