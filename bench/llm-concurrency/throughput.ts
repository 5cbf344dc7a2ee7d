// Throughput of the synchronous LLM path against an OpenAI-compatible server at bounded concurrency: the scripted
// server answers every chat completion after a fixed latency (default 200 ms) and counts the requests it holds at
// once; two "stages" run at the same time in one process, each with 16 items in flight, through one endpoint bound
// (NAVAB_LLM_CONCURRENCY / OpenAiChatOptions.concurrency) of 1, 4 and 16. Ideal throughput = bound / latency.
//   npx tsx bench/llm-concurrency/throughput.ts [--requests 64] [--latency-ms 200] [--levels 1,4,16] [--json]
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { z } from "zod";
import { mapWithConcurrency } from "../../src/llm/concurrency.js";
import { loadPrompt } from "../../src/llm/prompt-file.js";
import { structuredCompletion } from "../../src/llm/structured-completion.js";
import { OpenAiChatModel } from "../../src/models/chat/openai-chat-model.js";
import { startScriptedServer } from "../../test/support/scripted-openai-server.js";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "64" },
    "latency-ms": { type: "string", default: "200" },
    levels: { type: "string", default: "1,4,16" },
    json: { type: "boolean", default: false },
  },
});
const requests = Number(values.requests);
const latencyMs = Number(values["latency-ms"]);
const levels = (values.levels ?? "").split(",").map(Number);
const stageConcurrency = 16;

let holding = 0;
let peakHeld = 0;
const server = await startScriptedServer({
  handler: async () => {
    holding += 1;
    peakHeld = Math.max(peakHeld, holding);
    await new Promise((resolve) => setTimeout(resolve, latencyMs));
    holding -= 1;
    return { content: JSON.stringify({ question: "Is it so?" }), usage: { prompt_tokens: 50, completion_tokens: 5 } };
  },
});
const prompt = loadPrompt("statements", "question-generation");
const schema = z.object({ question: z.string() });

const rows = [];
try {
  for (const bound of levels) {
    peakHeld = 0;
    const chat = new OpenAiChatModel({ baseUrl: server.baseUrl, model: "bench", concurrency: bound });
    const stage = (name: string) =>
      mapWithConcurrency(
        Array.from({ length: requests / 2 }, (_, index) => index),
        stageConcurrency,
        (index) =>
          structuredCompletion(chat, prompt, { language: "English", statement: `${name} ${bound} ${index}` }, schema, {
            retries: 0,
          }),
      );
    const loadBefore = loadavg()[0] ?? 0;
    const started = performance.now();
    const results = await Promise.all([stage("extraction"), stage("judgment")]);
    const seconds = (performance.now() - started) / 1000;
    const failed = results.flat().filter((result) => !result.ok).length;
    rows.push({
      bound,
      requests,
      seconds: Number(seconds.toFixed(2)),
      requestsPerSecond: Number((requests / seconds).toFixed(1)),
      idealPerSecond: Number(((bound * 1000) / latencyMs).toFixed(1)),
      peakInFlightAtServer: peakHeld,
      peakInFlightInClient: chat.limiter.peak,
      failed,
      loadAverage: Number(Math.max(loadBefore, loadavg()[0] ?? 0).toFixed(2)),
    });
    chat.limiter.peak = 0;
  }
} finally {
  await server.close();
}
if (values.json) {
  process.stdout.write(`${JSON.stringify({ latencyMs, stageConcurrency, stages: 2, rows })}\n`);
} else {
  process.stdout.write(
    `two stages × ${stageConcurrency} items in flight, ${latencyMs} ms per request, ${requests} requests per level\n`,
  );
  process.stdout.write(
    "| bound | requests | seconds | req/s | ideal req/s | peak in flight (server) | failed | load avg |\n",
  );
  process.stdout.write("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
  for (const row of rows)
    process.stdout.write(
      `| ${row.bound} | ${row.requests} | ${row.seconds} | ${row.requestsPerSecond} | ${row.idealPerSecond} | ${row.peakInFlightAtServer} | ${row.failed} | ${row.loadAverage} |\n`,
    );
}
