// bench/scoring: the cost of reading log-probabilities in node-llama-cpp, on the 400-token test (0 / 20 /
// 100 / 399 scored positions): plain evaluation vs controlledEvaluate with the previous read (`includeTop: 1`,
// a full-vocabulary sort per position) and the current one (target logits + selected token + total weight,
// llama-log-probabilities.ts), wall and CPU seconds of this process, rounds alternating.
// Run: npx tsx bench/scoring/extraction.ts [--threads N] [--rounds 3] [--json]
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import type { ControlledEvaluateInputItem, Token } from "node-llama-cpp";
import { loadSettings } from "../../src/config/settings.js";
import { scoringInput } from "../../src/models/likelihood/llama-log-probabilities.js";
import { disposeLlamaRuntime, sharedModel } from "../../src/models/local/llama-runtime.js";
import { ensureLocalModel } from "../../src/models/local/local-model.js";
import { llamaThreads } from "../../src/models/local/thread-count.js";
import { median } from "./compare-outcomes.js";

const { values: flags } = parseArgs({
  options: {
    threads: { type: "string" },
    rounds: { type: "string", default: "3" },
    json: { type: "boolean", default: false },
  },
});
const settings = loadSettings();
const loadBefore = loadavg();
const threads = flags.threads === undefined ? await llamaThreads(settings.llamaThreads) : Number(flags.threads);
const model = await sharedModel((await ensureLocalModel(settings)).path);
const context = await model.createContext({ contextSize: 1024, batchSize: 512, threads });
const sequence = context.getSequence();
const text = "The committee discussed the national budget, the new railway and the pension reform for hours. ";
const tokens = [model.tokens.bos as Token, ...model.tokenize(text.repeat(30))].slice(0, 401);
const evaluated = tokens.slice(0, 400);

function previousInput(scored: number): ControlledEvaluateInputItem[] {
  return evaluated.map((token, index) => {
    if (index < evaluated.length - scored) return token;
    const wanted = [tokens[index + 1] as Token];
    return [token, { generateNext: { logits: { filter: { tokens: wanted, includeTop: 1 } }, totalLogitWeight: true } }];
  });
}
const currentInput = (scored: number): ControlledEvaluateInputItem[] =>
  scoringInput({
    tokens: evaluated,
    targets: evaluated.map((_token, index) => (index < evaluated.length - scored ? undefined : [tokens[index + 1]!])),
  });

const cases: { label: string; run: () => Promise<unknown> }[] = [
  { label: "plain", run: () => sequence.evaluateWithoutGeneratingNewTokens(evaluated) },
  ...[20, 100, 399].flatMap((scored) => [
    { label: `previous read, ${scored} scored`, run: () => sequence.controlledEvaluate(previousInput(scored)) },
    { label: `current read, ${scored} scored`, run: () => sequence.controlledEvaluate(currentInput(scored)) },
  ]),
];
const seconds = new Map(cases.map((entry) => [entry.label, { wall: [] as number[], cpu: [] as number[] }]));
for (let round = 0; round < Number(flags.rounds) + 1; round += 1) {
  for (const entry of round % 2 === 0 ? cases : [...cases].reverse()) {
    await sequence.clearHistory();
    const cpu = process.cpuUsage();
    const started = performance.now();
    await entry.run();
    const used = process.cpuUsage(cpu);
    if (round === 0) continue; // warm-up
    seconds.get(entry.label)?.wall.push((performance.now() - started) / 1000);
    seconds.get(entry.label)?.cpu.push((used.user + used.system) / 1e6);
  }
}
const rows = cases.map(({ label }) => {
  const measured = seconds.get(label) ?? { wall: [], cpu: [] };
  return { case: label, wallSeconds: median(measured.wall), cpuSeconds: median(measured.cpu) };
});
const summary = { threads, tokens: evaluated.length, loadAverage: { before: loadBefore, after: loadavg() }, rows };
if (flags.json) console.log(JSON.stringify(summary, null, 2));
else {
  console.log(
    `${evaluated.length} tokens, ${threads} thread(s), load ${loadBefore[0]?.toFixed(2)} → ${loadavg()[0]?.toFixed(2)}`,
  );
  for (const row of rows)
    console.log(`${row.case.padEnd(28)} ${row.wallSeconds.toFixed(2)} s wall  ${row.cpuSeconds.toFixed(2)} CPU-s`);
}
await context.dispose();
await disposeLlamaRuntime();
