// Judge calibration (when one was run, issue 13's `navab eval judge`): the newest (:JudgeCalibration) per task,
// judge model and prompt version — accuracy against ground-truth labels with its 95% interval.
import { escapeHtml, rate, table } from "../html.js";
import { defineSection, type ReportContext } from "../section.js";

interface CalibrationRow {
  task: string;
  judgeModelId: string;
  promptVersion: string;
  accuracy: number;
  low: number;
  high: number;
  n: number;
  at: string;
}

async function load(context: ReportContext) {
  if (!context.executor) return undefined;
  const rows = await context.executor.read<CalibrationRow>("report/judge-calibrations", {});
  return rows.length === 0 ? undefined : rows;
}

export const judgeCalibrationSection = defineSection({
  id: "judge",
  title: "Judge calibration",
  producedBy: "`navab eval judge` (issue 13)",
  load,
  render(rows) {
    return table(
      ["task", "judge model", "prompt", "accuracy [95% CI]", "pairs", "when"],
      rows.map((row) => [
        escapeHtml(row.task),
        escapeHtml(row.judgeModelId),
        escapeHtml(row.promptVersion),
        `${rate(row.accuracy)} [${rate(row.low)}, ${rate(row.high)}]`,
        String(row.n),
        escapeHtml(row.at),
      ]),
      "judge",
    );
  },
});
