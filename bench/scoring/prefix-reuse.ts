// bench/scoring: MC scoring throughput with prefix reuse vs naive double scoring on the same local GGUF (both
// score the six requests per item of evaluateMultipleChoice), measured in items per wall second and per CPU
// second of this process (the machine is shared, so CPU seconds are the fairer measure), plus a check that
// both give the same log-likelihoods up to llama.cpp's batch-shape numerics (and the same MC decisions). Rounds alternate naive/reuse after a warm-up.
// Run: NAVAB_GGUF=/path/model.gguf nice -n 10 npx tsx bench/scoring/prefix-reuse.ts [items] [probvaa|reference]
import { loadSettings } from "../../src/config/settings.js";
import { readProbvaaPairs } from "../../src/evaluation/items/probvaa-pairs.js";
import { readReferenceTriples } from "../../src/evaluation/items/reference-triples.js";
import {
  evaluateMultipleChoice,
  type MultipleChoiceItemResult,
} from "../../src/evaluation/multiple-choice/evaluate-multiple-choice.js";
import { loadScoringPrompt } from "../../src/llm/prompt-file.js";
import { LlamaCppScorer } from "../../src/models/likelihood/llama-cpp-scorer.js";
import { ensureLocalModel } from "../../src/models/local/local-model.js";
import { disposeLlamaRuntime, sharedModel } from "../../src/models/local/llama-runtime.js";

const count = Number(process.argv[2] ?? 8);
const source = process.argv[3] ?? "probvaa";
const settings = loadSettings();
const all =
  source === "reference" ? await readReferenceTriples(settings.reference) : await readProbvaaPairs(settings.reference);
const items = all.filter((_item, index) => index % Math.max(1, Math.floor(all.length / count)) === 0).slice(0, count);
const local = await ensureLocalModel(settings);
const model = await sharedModel(local.path);
const prompt = loadScoringPrompt("evaluation", "multiple-choice", "v1");

async function round(prefixReuse: boolean, label: string) {
  const scorer = new LlamaCppScorer(model, label, { prefixReuse });
  const cpuBefore = process.cpuUsage();
  const outcome = await evaluateMultipleChoice(items, { guard: false }, { scorer, prompt });
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  await scorer.dispose();
  console.log(
    `${label.padEnd(12)} ${(items.length / outcome.seconds).toFixed(3)} items/s wall, ${(items.length / cpuSeconds).toFixed(3)} items/CPU-s, ${scorer.evaluatedTokens} tokens evaluated (${(scorer.evaluatedTokens / cpuSeconds).toFixed(1)} tokens/CPU-s), ${outcome.seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} CPU-s`,
  );
  return { results: outcome.results, wall: outcome.seconds, cpu: cpuSeconds };
}

console.log(
  `model ${local.name} (${local.sha256.slice(0, 12)}), ${items.length} ${source} items, 6 scored requests each`,
);
await round(true, "warm-up");
const naive = await round(false, "naive");
const reuse = await round(true, "prefix reuse");
const largest = Math.max(
  ...naive.results.flatMap((result: MultipleChoiceItemResult, index) => {
    const other = reuse.results[index] as MultipleChoiceItemResult;
    return [
      result.paper.statement.logLikelihood - other.paper.statement.logLikelihood,
      result.listedSwapped.reverse.logLikelihood - other.listedSwapped.reverse.logLikelihood,
    ].map(Math.abs);
  }),
);
const metrics = ["perplexity", "sum", "normalized", "listedForward", "listedSwapped"] as const;
const decisions = naive.results.flatMap((result, index) =>
  metrics.map((metric) => result.correct[metric] === reuse.results[index]?.correct[metric]),
);
console.log(
  `speed-up: ${(naive.wall / reuse.wall).toFixed(2)}x wall, ${(naive.cpu / reuse.cpu).toFixed(2)}x CPU; largest |Δ log-likelihood| naive vs reuse: ${largest.toExponential(2)} (llama.cpp batch-shape numerics); same MC decision in ${decisions.filter(Boolean).length}/${decisions.length} item × metric cells`,
);
await disposeLlamaRuntime();
