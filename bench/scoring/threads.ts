// bench/scoring (issue 17 item 7): the local model at one thread (the old default) and at the default thread
// count (the machine's idle cores, src/models/local/thread-count.ts), in one process, rounds alternating:
// chat tokens/s on a fixed short prompt (greedy, fixed answer budget) and MC scoring tokens/s on ProbVAA items.
// Run: npx tsx bench/scoring/threads.ts [--threads 1,default] [--rounds 3] [--items 4] [--json]
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { loadSettings } from "../../src/config/settings.js";
import { readProbvaaPairs } from "../../src/evaluation/items/probvaa-pairs.js";
import { evaluateMultipleChoice } from "../../src/evaluation/multiple-choice/evaluate-multiple-choice.js";
import { loadScoringPrompt } from "../../src/llm/prompt-file.js";
import { LlamaChatModel } from "../../src/models/chat/llama-chat-model.js";
import { LlamaCppScorer } from "../../src/models/likelihood/llama-cpp-scorer.js";
import { disposeLlamaRuntime, sharedModel } from "../../src/models/local/llama-runtime.js";
import { ensureLocalModel } from "../../src/models/local/local-model.js";
import { llamaThreads } from "../../src/models/local/thread-count.js";
import { median } from "./compare-outcomes.js";

const { values: flags } = parseArgs({
  options: {
    threads: { type: "string", default: "1,default" },
    rounds: { type: "string", default: "3" },
    items: { type: "string", default: "4" },
    json: { type: "boolean", default: false },
  },
});
const settings = loadSettings();
const loadBefore = loadavg();
const defaultThreads = await llamaThreads(settings.llamaThreads);
const counts = [
  ...new Set((flags.threads ?? "").split(",").map((value) => (value === "default" ? defaultThreads : Number(value)))),
];
const local = await ensureLocalModel(settings);
const model = await sharedModel(local.path);
const items = (await readProbvaaPairs(settings.reference)).slice(0, Number(flags.items));
const prompt = loadScoringPrompt("evaluation", "multiple-choice", "v1");
const chatRequest = {
  messages: [{ role: "user" as const, content: "Name three rivers in Europe and one city on each." }],
  maxTokens: 48,
  temperature: 0,
};

const sides = counts.map((threads) => ({
  threads,
  chat: new LlamaChatModel(local, { threads, contextSize: 1024 }),
  scorer: new LlamaCppScorer(model, `threads-${threads}`, { threads }),
  chatTokensPerSecond: [] as number[],
  scoringTokensPerSecond: [] as number[],
}));
for (const entry of sides) {
  await entry.chat.complete(chatRequest);
  await evaluateMultipleChoice(items.slice(0, 1), { guard: false }, { scorer: entry.scorer, prompt });
}
for (let round = 0; round < Number(flags.rounds); round += 1) {
  for (const entry of round % 2 === 0 ? sides : [...sides].reverse()) {
    const chatStarted = performance.now();
    const answer = await entry.chat.complete(chatRequest);
    const chatSeconds = (performance.now() - chatStarted) / 1000;
    entry.chatTokensPerSecond.push((answer.usage?.completionTokens ?? 0) / chatSeconds);
    const before = entry.scorer.evaluatedTokens;
    const outcome = await evaluateMultipleChoice(items, { guard: false }, { scorer: entry.scorer, prompt });
    entry.scoringTokensPerSecond.push((entry.scorer.evaluatedTokens - before) / outcome.seconds);
    if (!flags.json)
      console.log(
        `round ${round + 1}, ${entry.threads} thread(s): chat ${entry.chatTokensPerSecond.at(-1)?.toFixed(1)} tokens/s (${answer.usage?.completionTokens} tokens), scoring ${entry.scoringTokensPerSecond.at(-1)?.toFixed(1)} evaluated tokens/s, load ${loadavg()[0]?.toFixed(2)}`,
      );
  }
}
const summary = {
  model: `${local.name} (${local.sha256.slice(0, 12)})`,
  defaultThreads,
  loadAverage: {
    before: loadBefore.map((value) => Number(value.toFixed(2))),
    after: loadavg().map((value) => Number(value.toFixed(2))),
  },
  results: sides.map((entry) => ({
    threads: entry.threads,
    chatTokensPerSecond: Number(median(entry.chatTokensPerSecond).toFixed(1)),
    scoringTokensPerSecond: Number(median(entry.scoringTokensPerSecond).toFixed(1)),
  })),
};
console.log(flags.json ? JSON.stringify(summary, null, 2) : summary);
for (const entry of sides) {
  await entry.chat.dispose();
  await entry.scorer.dispose();
}
await disposeLlamaRuntime();
