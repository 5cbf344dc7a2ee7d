// Judge calibration (when a calibration was run): the numbers of <home>/evaluation/judge-calibration.json, shown as
// a flat table of its numeric fields (agreement with human labels, kappa, position bias, …).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { escapeHtml, table } from "../html.js";
import { defineSection, type ReportContext } from "../section.js";

export const judgeCalibrationPath = (home: string): string => join(home, "evaluation", "judge-calibration.json");

/** Every number or string leaf of a JSON value, keyed by its dotted path. */
export function flattenNumbers(value: unknown, path = ""): [string, string][] {
  if (typeof value === "number") return [[path, Number.isInteger(value) ? String(value) : value.toFixed(3)]];
  if (typeof value === "string" && path !== "") return [[path, value]];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    flattenNumbers(child, path === "" ? key : `${path}.${key}`),
  );
}

async function load(context: ReportContext) {
  const path = judgeCalibrationPath(context.home);
  if (!existsSync(path)) return undefined;
  const entries = flattenNumbers(JSON.parse(readFileSync(path, "utf8")) as unknown);
  return entries.length === 0 ? undefined : entries;
}

export const judgeCalibrationSection = defineSection({
  id: "judge",
  title: "Judge calibration",
  producedBy: "`navab eval judge` (issue 13), writing <home>/evaluation/judge-calibration.json",
  load,
  render(entries) {
    return table(
      ["measure", "value"],
      entries.map(([key, value]) => [escapeHtml(key), escapeHtml(value)]),
      "judge",
    );
  },
});
