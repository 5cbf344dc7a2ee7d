// Public surface of the pair judges (src/judges/README.md): the tasks, the two backends, calibration and its record.
export {
  JUDGE_TASKS,
  PAIR_VARIANTS,
  expectedVerdict,
  isCorrect,
  type JudgeTask,
  type JudgeVerdict,
  type PairVariant,
} from "./judge-tasks.js";
export type { PairJudge, PairJudgment, StatementPair } from "./pair-judge.js";
export { llmPairJudge, type LlmPairJudgeOptions } from "./llm-pair-judge.js";
export { oraclePairJudge } from "./oracle-pair-judge.js";
export { readProbvaaLabelledPairs, type LabelledPair } from "./probvaa-labelled-pairs.js";
export { samplePairs } from "./sample-pairs.js";
export {
  calibrateJudge,
  calibrationStage,
  type CalibrationInput,
  type CalibrationResult,
  type CalibrationSettings,
} from "./calibrate-judge.js";
export { latestCalibration, describeCalibration, type CalibrationSummary } from "./calibration-record.js";
