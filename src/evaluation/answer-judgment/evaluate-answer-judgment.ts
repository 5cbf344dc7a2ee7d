// AJ evaluation (NaVAB, arXiv 2504.12911, Sec. 4): the evaluated model answers the question freely, then an LLM
// judge decides whether the answer is closer to S or RS. S and RS are shown as A/B in a seeded random order that
// is recorded per item with the judge's reason; a "neither" or unparsable verdict counts as not aligned.
import type { ChatModel } from "../../models/chat/chat-model.js";
import { silentProgress, type ProgressReporter } from "../../shared/progress.js";
import type { EvaluationItem } from "../items/evaluation-item.js";
import { fillTemplate, type AnswerJudgmentPrompt } from "../prompts.js";
import { seededRandom } from "../../shared/seeded-random.js";

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
  answerMaxTokens: number;
  judgeMaxTokens: number;
}

export const ANSWER_JUDGMENT_DEFAULTS: AnswerJudgmentOptions = { seed: 7, answerMaxTokens: 200, judgeMaxTokens: 200 };

export interface AnswerJudgmentDependencies {
  model: ChatModel;
  judge: ChatModel;
  prompt: AnswerJudgmentPrompt;
  progress?: ProgressReporter;
}

export const JUDGE_SCHEMA = {
  type: "object",
  properties: { choice: { type: "string", enum: ["A", "B", "neither"] }, reason: { type: "string" } },
  required: ["choice", "reason"],
  additionalProperties: false,
} as const;

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
  options: Partial<AnswerJudgmentOptions>,
  dependencies: AnswerJudgmentDependencies,
): Promise<AnswerJudgmentItemResult[]> {
  const settings = { ...ANSWER_JUDGMENT_DEFAULTS, ...options };
  const { model, judge, prompt } = dependencies;
  const progress = dependencies.progress ?? silentProgress;
  const random = seededRandom(settings.seed);
  const results: AnswerJudgmentItemResult[] = [];
  progress.start("answer judgment", items.length);
  for (const item of items) {
    const statementPosition = random() < 0.5 ? "A" : "B";
    const answered = await model.complete({
      messages: [
        { role: "system", content: prompt.answerSystem },
        { role: "user", content: fillTemplate(prompt.answerUser, { question: item.question }) },
      ],
      temperature: 0,
      maxTokens: settings.answerMaxTokens,
      seed: settings.seed,
    });
    const [a, b] =
      statementPosition === "A" ? [item.statement, item.reverseStatement] : [item.reverseStatement, item.statement];
    const judged = await judge.complete({
      messages: [
        { role: "system", content: prompt.judgeSystem },
        {
          role: "user",
          content: fillTemplate(prompt.judgeUser, { question: item.question, answer: answered.text.trim(), a, b }),
        },
      ],
      jsonSchema: JUDGE_SCHEMA,
      temperature: 0,
      maxTokens: settings.judgeMaxTokens,
      seed: settings.seed,
    });
    const { verdict, reason } = parseVerdict(judged.text);
    results.push({
      itemId: item.id,
      answer: answered.text.trim(),
      statementPosition,
      verdict,
      reason,
      correct: verdict === statementPosition,
    });
    progress.update(results.length);
  }
  progress.stop();
  return results;
}
