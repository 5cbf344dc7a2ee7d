// The label-reading judge: answers from the pair's known variant (ProbVAA's digits, a planted conflict's label).
// Calibrating it must give accuracy 1.0 — a check of the sampling, scoring and reporting plumbing, not of a model.
import { InputError } from "../shared/errors.js";
import { expectedVerdict, type JudgeTask } from "./judge-tasks.js";
import type { PairJudge, PairJudgment, StatementPair } from "./pair-judge.js";

export function oraclePairJudge(task: JudgeTask): PairJudge {
  return {
    task,
    modelId: "oracle:labels",
    promptVersion: "labels",
    async judge(pair: StatementPair): Promise<PairJudgment> {
      if (pair.variant === undefined)
        throw new InputError("judges/oracle: the oracle judge needs labelled pairs (pair.variant)");
      return { ok: true, verdict: expectedVerdict(task, pair.variant), cached: false };
    },
  };
}
