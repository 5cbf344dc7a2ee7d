// The demo run itself (from <out>/demo-run.json): profile, sizes, wall time, load average, and every step's
// estimate against its real seconds and outcome.
import { readDemoRecord, type DemoRecord } from "../../demo/demo-record.js";
import { escapeHtml, table } from "../html.js";
import { defineSection, type ReportContext } from "../section.js";

const load = async (context: ReportContext): Promise<DemoRecord | undefined> => readDemoRecord(context.out);

const loads = (values: number[] | undefined): string => (values ?? []).map((value) => value.toFixed(2)).join(" / ");

export const runSection = defineSection({
  id: "run",
  title: "This run: steps, estimates and times",
  producedBy: "`navab demo` (writes demo-run.json)",
  load,
  render(record) {
    const minutes = record.minutes === undefined ? "not finished" : `${record.minutes.toFixed(1)} min`;
    const steps = table(
      ["step", "stage", "estimated s", "seconds", "outcome"],
      record.steps.map((step) => [
        `${step.number}. ${escapeHtml(step.title)}`,
        escapeHtml(step.stage),
        step.estimate.toFixed(0),
        step.seconds.toFixed(1),
        step.status === "done" ? "done" : `<b>not done</b>: ${escapeHtml((step.error ?? "").slice(0, 300))}`,
      ]),
      "steps",
    );
    return `<p>Profile <b>${escapeHtml(record.profile)}</b> (settings ${escapeHtml(record.settingsVersion)}), started ${escapeHtml(record.startedAt)}, ${minutes}; load average (1/5/15 min) at start ${loads(record.loadAverageAtStart)}, at end ${loads(record.loadAverageAtEnd)}; Node ${escapeHtml(record.node)}.</p>${steps}<details><summary>sizes and rates</summary><pre>${escapeHtml(JSON.stringify(record.settings, null, 2))}</pre></details>`;
  },
});
