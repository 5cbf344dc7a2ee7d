// The pair-judge capability: two statements in, one verdict of a task out (src/judges/judge-tasks.ts). Backends:
// an LLM through the structured path (llm-pair-judge.ts, any chat model) and the label-reading oracle
// (oracle-pair-judge.ts, the plumbing check of calibration and of planted-conflict benchmarks).
import type { JudgeTask, JudgeVerdict, PairVariant } from "./judge-tasks.js";

export interface StatementPair {
  first: string;
  second: string;
  /** Language code of the statements (e.g. "en", "zh"). */
  language: string;
  /** The known relation of `second` to `first` (labelled pairs only; the oracle needs it). */
  variant?: PairVariant;
}

export type PairJudgment =
  { ok: true; verdict: JudgeVerdict; cached: boolean } | { ok: false; verdict: "failed"; raw: string; error: string };

export interface PairJudge {
  readonly task: JudgeTask;
  /** The judge model's id (`oracle:labels` for the oracle). */
  readonly modelId: string;
  /** `<prompt id>.<version>`, or "labels" for the oracle. */
  readonly promptVersion: string;
  judge(pair: StatementPair): Promise<PairJudgment>;
}
