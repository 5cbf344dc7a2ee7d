// The doctor report as text: one line per finding, the fix under anything that is not ok, and a summary line
// naming what blocks navab.
import type { DoctorReport } from "./run-doctor.js";

const LABELS = { ok: "ok  ", warn: "warn", fail: "FAIL" } as const;

export function formatDoctorReport(report: DoctorReport): string {
  const width = Math.max(...report.entries.map((entry) => entry.title.length), 8);
  const lines: string[] = [];
  for (const entry of report.entries) {
    lines.push(`${LABELS[entry.status]}  ${entry.title.padEnd(width)}  ${entry.detail}`);
    if (entry.status !== "ok" && entry.fix !== undefined) lines.push(`${" ".repeat(width + 8)}fix: ${entry.fix}`);
  }
  const { ok, warn, fail } = report.counts;
  const counts = `${ok} ok, ${warn} warning${warn === 1 ? "" : "s"}, ${fail} failure${fail === 1 ? "" : "s"}`;
  const blocking = report.entries.filter((entry) => entry.status === "fail").map((entry) => entry.title);
  lines.push(
    "",
    report.ready
      ? `navab doctor: ${counts} — ready`
      : `navab doctor: ${counts} — not ready: fix ${blocking.join(", ")}`,
  );
  return lines.join("\n");
}
