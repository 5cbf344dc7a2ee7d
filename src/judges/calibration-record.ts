// The latest calibration of a judge, for the Run of any stage that uses it: recorded in the Run's versions as
// "<calibration id> accuracy=<a> [<low>, <high>] n=<n>", or "uncalibrated" when `navab eval judge` never measured
// this task, judge model and prompt version.
import type { CypherExecutor } from "../database/executor.js";
import type { JudgeTask } from "./judge-tasks.js";

export interface CalibrationSummary {
  id: string;
  accuracy: number;
  low: number;
  high: number;
  n: number;
  at: string;
}

export async function latestCalibration(
  executor: CypherExecutor,
  judge: { task: JudgeTask; judgeModelId: string; promptVersion: string },
): Promise<CalibrationSummary | undefined> {
  const [row] = await executor.read<CalibrationSummary>("judges/latest-calibration", judge);
  return row;
}

export const describeCalibration = (calibration: CalibrationSummary | undefined): string =>
  calibration === undefined
    ? "uncalibrated"
    : `${calibration.id} accuracy=${calibration.accuracy.toFixed(3)} [${calibration.low.toFixed(3)}, ${calibration.high.toFixed(3)}] n=${calibration.n}`;
