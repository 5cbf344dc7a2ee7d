// bench/scoring: items/second of MC scoring with prefix reuse vs naive double scoring on the same local GGUF
// (both backends score the six requests per item of evaluateMultipleChoice on the 75 reference triples) and
// a check that both give the same log-likelihoods. Run: NAVAB_GGUF=/path/model.gguf nice -n 10 npx tsx bench/scoring/prefix-reuse.ts [items]
import { getLlama } from "node-llama-cpp";
import { loadSettings } from "../../src/config/settings.js";
import { readReferenceTriples } from "../../src/evaluation/items/reference-triples.js";
import { evaluateMultipleChoice } from "../../src/evaluation/multiple-choice/evaluate-multiple-choice.js";
import { loadMultipleChoicePrompt } from "../../src/evaluation/prompts.js";
import { LlamaCppScorer } from "../../src/models/likelihood/llama-cpp-scorer.js";

const modelPath = process.env.NAVAB_GGUF;
if (!modelPath) throw new Error("set NAVAB_GGUF to a local .gguf file");
const count = Number(process.argv[2] ?? 30);
const items = (await readReferenceTriples(loadSettings().reference)).slice(0, count);
const llama = await getLlama({ gpu: false });
const model = await llama.loadModel({ modelPath });
const prompt = loadMultipleChoicePrompt();
const outcomes = [];
for (const prefixReuse of [false, true, false, true]) {
  const scorer = new LlamaCppScorer(model, `bench:${prefixReuse}`, { prefixReuse });
  const outcome = await evaluateMultipleChoice(items, { guard: false }, { scorer, prompt });
  outcomes.push({ prefixReuse, outcome, evaluatedTokens: scorer.evaluatedTokens });
  await scorer.dispose();
  console.log(`${prefixReuse ? "prefix reuse" : "naive       "}: ${(items.length / outcome.seconds).toFixed(2)} items/s, ${scorer.evaluatedTokens} tokens evaluated, ${outcome.seconds.toFixed(1)} s`);
}
const [naive, reuse] = [outcomes[2], outcomes[3]];
let largest = 0;
naive?.outcome.results.forEach((result, index) => {
  const other = reuse?.outcome.results[index];
  largest = Math.max(largest, Math.abs(result.paper.statement.logLikelihood - (other?.paper.statement.logLikelihood ?? Infinity)));
});
console.log(`speed-up (second round): ${((naive?.outcome.seconds ?? 0) / (reuse?.outcome.seconds ?? 1)).toFixed(2)}x; largest |Δ log-likelihood| naive vs reuse: ${largest.toExponential(2)}`);
await model.dispose();
await llama.dispose();
