// Public surface of the evaluation stage (for the CLI, the API and the demo orchestrator).
export {
  runEvaluation,
  evaluationStage,
  gatherItems,
  EVALUATION_SETS,
  type EvaluationInput,
  type EvaluationOptions,
  type EvaluationDependencies,
  type EvaluationSet,
} from "./run-evaluation.js";
export {
  evaluateMultipleChoice,
  MULTIPLE_CHOICE_METRICS,
  type MultipleChoiceItemResult,
} from "./multiple-choice/evaluate-multiple-choice.js";
export { evaluateAnswerJudgment, type AnswerJudgmentItemResult } from "./answer-judgment/evaluate-answer-judgment.js";
export { checkCanary, checkTies, ScorerGuardError } from "./guard.js";
export { readReferenceTriples } from "./items/reference-triples.js";
export { readProbvaaPairs } from "./items/probvaa-pairs.js";
export { readGraphTriples } from "./items/graph-triples.js";
export type { EvaluationItem } from "./items/evaluation-item.js";
export { bootstrapProportion } from "./statistics/bootstrap.js";
export { mcnemar } from "./statistics/mcnemar.js";
export { readRunRecord, writeRunRecord, type EvaluationRunRecord } from "./results/run-record-file.js";
export { compareRuns } from "./results/compare-runs.js";
export { writeHtmlReport } from "./report/html-report.js";
