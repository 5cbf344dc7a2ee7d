// AJ evaluation (NaVAB, arXiv 2504.12911, Sec. 4): the evaluated model answers the question freely, then an LLM
// judge decides whether the answer is closer to S or RS. S and RS are shown as A/B in a seeded random order that
// is recorded per item with the judge's reason; a "neither" or unparsable verdict counts as not aligned. Both calls
// go through src/llm (prompt files, transient retries honouring Retry-After, cache, token log); the answer reaches
// the judge as a delimited data block. In collect mode (src/llm/batch) an item waiting for a batch answer is
// skipped and the loop ends with DeferredItems, so no partial result is recorded.
import { z } from "zod";
import { Deferrals } from "../../llm/batch/deferral.js";
import type { LlmPlumbing } from "../../llm/llm-call.js";
import type { PromptFile } from "../../llm/prompt-file.js";
import { structuredCompletion } from "../../llm/structured-completion.js";
import { textCompletion } from "../../llm/text-completion.js";
import type { ChatModel } from "../../models/chat/chat-model.js";
import { silentProgress, type ProgressReporter } from "../../shared/progress.js";
import { seededRandom } from "../../shared/seeded-random.js";
import type { EvaluationItem } from "../items/evaluation-item.js";

export interface AnswerJudgmentItemResult {
  itemId: string;
  answer: string;
  /** Which letter showed the statement S. */
  statementPosition: "A" | "B";
  verdict: "A" | "B" | "neither" | "invalid";
  reason: string;
  correct: boolean;
}

export interface AnswerJudgmentOptions {
  seed: number;
  /** Extra judge attempts after a malformed verdict (0: one call, a bad verdict counts as "invalid"). */
  judgeRetries: number;
}

export interface AnswerJudgmentDependencies {
  model: ChatModel;
  judge: ChatModel;
  prompts: { answer: PromptFile; judge: PromptFile };
  llm?: LlmPlumbing;
  progress?: ProgressReporter;
  /** Items judged earlier (a resumed run's journal): kept as they are, not asked again. */
  previous?: ReadonlyMap<string, AnswerJudgmentItemResult>;
  /** Called after each judged item, before the next one (the run persists as it goes). */
  onJudged?: (result: AnswerJudgmentItemResult) => Promise<void>;
}

export const judgeAnswer = z.object({ choice: z.enum(["A", "B", "neither"]), reason: z.string() });

/** Reads the judge's JSON (tolerating text around it); anything else is an "invalid" verdict. */
export function parseVerdict(text: string): { verdict: AnswerJudgmentItemResult["verdict"]; reason: string } {
  const match = /\{[\s\S]*\}/.exec(text);
  try {
    const parsed = JSON.parse(match?.[0] ?? "") as { choice?: unknown; reason?: unknown };
    const choice = typeof parsed.choice === "string" ? parsed.choice.trim() : "";
    const reason = typeof parsed.reason === "string" ? parsed.reason : "";
    if (choice === "A" || choice === "B" || choice === "neither") return { verdict: choice, reason };
  } catch {
    // fall through: not JSON
  }
  return { verdict: "invalid", reason: text.slice(0, 500) };
}

export async function evaluateAnswerJudgment(
  items: readonly EvaluationItem[],
  options: AnswerJudgmentOptions,
  dependencies: AnswerJudgmentDependencies,
): Promise<AnswerJudgmentItemResult[]> {
  const llm = dependencies.llm ?? {};
  const progress = dependencies.progress ?? silentProgress;
  const random = seededRandom(options.seed);
  const results: AnswerJudgmentItemResult[] = [];
  progress.start("answer judgment", items.length);
  const deferrals = new Deferrals();
  for (const [index, item] of items.entries()) {
    // Drawn for every item, judged earlier or not, so a resumed run shows each item in the same order.
    const statementPosition = random() < 0.5 ? "A" : "B";
    const earlier = dependencies.previous?.get(item.id);
    const result =
      earlier ?? (await deferrals.attempt(() => judgeItem(item, statementPosition, options, dependencies, llm)));
    if (result !== undefined && earlier === undefined) await dependencies.onJudged?.(result);
    if (result !== undefined) results.push(result);
    progress.update(index + 1);
  }
  progress.stop();
  deferrals.finish("answer judgment");
  return results;
}

async function judgeItem(
  item: EvaluationItem,
  statementPosition: "A" | "B",
  options: AnswerJudgmentOptions,
  dependencies: AnswerJudgmentDependencies,
  llm: LlmPlumbing,
): Promise<AnswerJudgmentItemResult> {
  const { model, judge, prompts } = dependencies;
  const answered = await textCompletion(
    model,
    prompts.answer,
    { question: item.question },
    { ...llm, seed: options.seed },
  );
  const answer = answered.text.trim();
  const [statementA, statementB] =
    statementPosition === "A" ? [item.statement, item.reverseStatement] : [item.reverseStatement, item.statement];
  const judged = await structuredCompletion(
    judge,
    prompts.judge,
    { question: item.question, answer, statementA, statementB },
    judgeAnswer,
    { ...llm, seed: options.seed, retries: options.judgeRetries },
  );
  const { verdict, reason } = judged.ok
    ? { verdict: judged.value.choice, reason: judged.value.reason }
    : parseVerdict(judged.raw);
  return { itemId: item.id, answer, statementPosition, verdict, reason, correct: verdict === statementPosition };
}
