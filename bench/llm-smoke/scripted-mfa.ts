// Acceptance check on the real MFA sample with the scripted OpenAI-compatible server (no model needed): the full
// chain on N real CN spokesperson answers gives statements, spokesperson Speakers and triples whose provenance
// resolves in one query. Deletes its own output afterwards.
// Usage: npx tsx bench/llm-smoke/scripted-mfa.ts [articles=20]
import { derivedRunId } from "../../src/kernel/index.js";
import { randomUUID } from "node:crypto";
import { loadSettings } from "../../src/config/settings.js";
import { connectDatabase } from "../../src/database/connect.js";
import { integer } from "../../src/database/values.js";
import { memoryCache } from "../../src/llm/cache.js";
import { TokenLog } from "../../src/llm/token-log.js";
import { OpenAiChatModel } from "../../src/models/chat/openai-chat-model.js";
import { runStatementPipeline } from "../../src/statements/index.js";
import { startScriptedServer } from "../../test/support/scripted-openai-server.js";
import { statementAnswers } from "../../test/integration/statements/scripted-answers.js";

const limit = Number(process.argv[2] ?? "20");
const executor = await connectDatabase(loadSettings());
const server = await startScriptedServer({ handler: statementAnswers });
const runId = `smoke-scripted-${randomUUID().slice(0, 8)}`;
try {
  const rows = await executor.read<{ id: string }>("statements/articles-by-filter", {
    nation: "CN",
    kind: "answer",
    language: null,
    limit: integer(limit),
  });
  const articleIds = rows.map((row) => row.id);
  const chat = new OpenAiChatModel({ baseUrl: server.baseUrl, model: "scripted" });
  const results = await runStatementPipeline(
    { articleIds },
    { runId },
    { executor, models: { chat }, llm: { cache: memoryCache(), tokenLog: new TokenLog(runId) } },
  );
  for (const [name, result] of Object.entries(results)) console.log(`${name}: ${JSON.stringify(result.counts)}`);
  const triples = await executor.read<{ tripleId: string }>("statements/export-triples", {
    statuses: ["valid", "flagged"],
    runId: derivedRunId(runId, "statements.triples"),
    nation: null,
  });
  let resolved = 0;
  const speakers = new Map<string, number>();
  for (const triple of triples) {
    const [path] = await executor.read<{ nation: string; speaker: string | null }>("statements/provenance", {
      tripleId: triple.tripleId,
    });
    if (path?.nation === "CN") resolved += 1;
    if (path?.speaker) speakers.set(path.speaker, (speakers.get(path.speaker) ?? 0) + 1);
  }
  console.log(
    `${articleIds.length} MFA answers → ${triples.length} triples; provenance resolved for ${resolved}; speakers ${JSON.stringify(Object.fromEntries(speakers))}`,
  );
} finally {
  await executor.write("testing/statements/delete-run", { testId: runId });
  await executor.close();
  await server.close();
}
