// bench/scoring (issue 16 item 2): MC scoring throughput as a ratio to plain prompt evaluation of the same tokens,
// both measured in this process, rounds alternating after a warm-up. Scoring = evaluateMultipleChoice (the six
// requests per item) on LlamaCppScorer; plain = the scorer's own chunks (shared prefixes, then tails) replayed
// as plain prompts without logits (plain-replay.ts) on a context of the same shape and thread count. The
// previous scorer (previous-llama-cpp-scorer.ts) runs on the same items in each round: the MC decisions must be
// unchanged and the log-likelihoods equal within --tolerance nats per continuation token.
// Run: npx tsx bench/scoring/runtime-ratio.ts --items 8 [--set probvaa|reference|both] [--rounds 3]
//        [--threads N (default: idle cores or NAVAB_LLAMA_THREADS)] [--sequences N] [--tolerance 0.001] [--json]
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { loadSettings } from "../../src/config/settings.js";
import type { EvaluationItem } from "../../src/evaluation/items/evaluation-item.js";
import { readProbvaaPairs } from "../../src/evaluation/items/probvaa-pairs.js";
import { readReferenceTriples } from "../../src/evaluation/items/reference-triples.js";
import { evaluateMultipleChoice } from "../../src/evaluation/multiple-choice/evaluate-multiple-choice.js";
import { loadScoringPrompt } from "../../src/llm/prompt-file.js";
import { LLAMA_CPP_SCORER_DEFAULTS, LlamaCppScorer } from "../../src/models/likelihood/llama-cpp-scorer.js";
import type { LogLikelihoodRequest, LogLikelihoodScorer } from "../../src/models/likelihood/log-likelihood-scorer.js";
import { evaluatedTokenCount } from "../../src/models/likelihood/scoring-plan.js";
import { disposeLlamaRuntime, sharedModel } from "../../src/models/local/llama-runtime.js";
import { ensureLocalModel } from "../../src/models/local/local-model.js";
import { llamaThreads } from "../../src/models/local/thread-count.js";
import { compareOutcomes, median } from "./compare-outcomes.js";
import { createPlainReplay } from "./plain-replay.js";
import { PreviousLlamaCppScorer } from "./previous-llama-cpp-scorer.js";

const { values: flags } = parseArgs({
  options: {
    items: { type: "string", default: "8" },
    set: { type: "string", default: "both" },
    rounds: { type: "string", default: "3" },
    threads: { type: "string" },
    sequences: { type: "string", default: String(LLAMA_CPP_SCORER_DEFAULTS.sequences) },
    // Largest mean |Δ log p| per continuation token accepted between the two scorers. Same batch shapes (one
    // sequence) differ by float rounding only (~4e-5); mixing sequences in one batch needs ~0.05 (README).
    tolerance: { type: "string", default: "0.001" },
    json: { type: "boolean", default: false },
  },
});
const count = Number(flags.items);
const rounds = Number(flags.rounds);
const settings = loadSettings();
const loadBefore = loadavg();
const threads = flags.threads === undefined ? await llamaThreads(settings.llamaThreads) : Number(flags.threads);
const sequences = Number(flags.sequences);
const tolerance = Number(flags.tolerance);
const local = await ensureLocalModel(settings);
const model = await sharedModel(local.path);
const prompt = loadScoringPrompt("evaluation", "multiple-choice", "v1");
const log = (line: string): void => {
  if (!flags.json) console.log(line);
};

const pick = (all: EvaluationItem[]): EvaluationItem[] =>
  all.filter((_item, index) => index % Math.max(1, Math.floor(all.length / count)) === 0).slice(0, count);

/** Records the requests of the first call (the six per item, as evaluateMultipleChoice builds them). */
class Recording implements LogLikelihoodScorer {
  requests: LogLikelihoodRequest[] = [];
  constructor(readonly inner: LogLikelihoodScorer) {}
  get id(): string {
    return this.inner.id;
  }
  score(requests: readonly LogLikelihoodRequest[]) {
    if (this.requests.length === 0) this.requests = [...requests];
    return this.inner.score(requests);
  }
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; seconds: number; cpuSeconds: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return { value, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

interface Side {
  tokensPerSecond: number[];
  cpuSeconds: number[];
}
const side = (): Side => ({ tokensPerSecond: [], cpuSeconds: [] });

async function measure(name: string, items: EvaluationItem[]) {
  const shape = { contextSize: LLAMA_CPP_SCORER_DEFAULTS.contextSize, batchSize: LLAMA_CPP_SCORER_DEFAULTS.batchSize };
  const batched = new LlamaCppScorer(model, "batched", { threads, sequences });
  const scorer = new Recording(batched);
  const previous = new PreviousLlamaCppScorer(model, "previous", { threads });
  const plain = await createPlainReplay(model, { ...shape, sequences, threads });
  const mc = (chosen: LogLikelihoodScorer) =>
    evaluateMultipleChoice(items, { guard: false, batchSize: items.length }, { scorer: chosen, prompt });
  let last = { scoring: await mc(scorer), previous: await mc(previous) };
  const plans = batched.plan(scorer.requests);
  const tokens = plans.reduce((total, plan) => total + evaluatedTokenCount(plan), 0);
  await plain.run(plans);
  const sides = { plain: side(), scoring: side(), previous: side() };
  const ratios: number[] = [];
  const record = (target: Side, run: { seconds: number; cpuSeconds: number }) => {
    target.tokensPerSecond.push(tokens / run.seconds);
    target.cpuSeconds.push(run.cpuSeconds);
  };
  for (let round = 0; round < rounds; round += 1) {
    // Plain and scoring back to back, their order alternating, so both see the same load.
    const plainFirst = round % 2 === 0;
    const early = plainFirst ? await timed(() => plain.run(plans)) : undefined;
    const scoringRun = await timed(() => mc(scorer));
    const plainRun = early ?? (await timed(() => plain.run(plans)));
    const previousRun = await timed(() => mc(previous));
    last = { scoring: scoringRun.value, previous: previousRun.value };
    record(sides.plain, plainRun);
    record(sides.scoring, scoringRun);
    record(sides.previous, previousRun);
    ratios.push(plainRun.seconds / scoringRun.seconds);
    log(
      `${name} round ${round + 1}: wall (CPU) seconds — plain ${plainRun.seconds.toFixed(2)} (${plainRun.cpuSeconds.toFixed(2)}), scoring ${scoringRun.seconds.toFixed(2)} (${scoringRun.cpuSeconds.toFixed(2)}), previous scorer ${previousRun.seconds.toFixed(2)} (${previousRun.cpuSeconds.toFixed(2)}); ratio ${(plainRun.seconds / scoringRun.seconds).toFixed(3)}, load ${loadavg()[0]?.toFixed(2)}`,
    );
  }
  await Promise.all([plain.dispose(), previous.dispose(), batched.dispose()]);
  return {
    items: items.length,
    evaluatedTokens: tokens,
    scoredTokens: last.scoring.scoredTokens,
    plainTokensPerSecond: median(sides.plain.tokensPerSecond),
    scoringTokensPerSecond: median(sides.scoring.tokensPerSecond),
    previousScorerTokensPerSecond: median(sides.previous.tokensPerSecond),
    ratio: median(ratios),
    ratioRounds: ratios.map((ratio) => Number(ratio.toFixed(3))),
    cpuRatio: median(sides.plain.cpuSeconds) / median(sides.scoring.cpuSeconds),
    speedUpOverPreviousScorer: median(sides.scoring.tokensPerSecond) / median(sides.previous.tokensPerSecond),
    cpuSpeedUpOverPreviousScorer: median(sides.previous.cpuSeconds) / median(sides.scoring.cpuSeconds),
    ...compareOutcomes(last.scoring.results, last.previous.results, tolerance),
  };
}

const settingsReference = settings.reference;
const chosen = flags.set === "both" ? ["probvaa", "reference"] : [flags.set ?? "probvaa"];
const sets: Record<string, Awaited<ReturnType<typeof measure>>> = {};
for (const name of chosen) {
  const all =
    name === "reference" ? await readReferenceTriples(settingsReference) : await readProbvaaPairs(settingsReference);
  log(`${name}: ${count} items, ${threads} thread(s), ${sequences} sequences, model ${local.name}`);
  sets[name] = await measure(name, pick(all));
}
const summary = {
  model: `${local.name} (${local.sha256.slice(0, 12)})`,
  threads,
  sequences,
  rounds,
  toleranceNatsPerToken: tolerance,
  loadAverage: {
    before: loadBefore.map((value) => Number(value.toFixed(2))),
    after: loadavg().map((value) => Number(value.toFixed(2))),
  },
  ratio: Math.min(...Object.values(sets).map((set) => set.ratio)),
  decisionsUnchanged: Object.values(sets).every((set) => set.decisionsUnchanged),
  sets,
};
console.log(flags.json ? JSON.stringify(summary, null, 2) : summary);
await disposeLlamaRuntime();
