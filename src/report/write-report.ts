// `navab report` and the demo's last step: builds the report context (the graph when reachable, NAVAB_HOME, the
// reference folder) and writes <out>/index.html; prints which sections were shown and which were not run.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO_RUNS, DEMO_RUN_PREFIX } from "../demo/run-ids.js";
import type { Session } from "../pipeline/session.js";
import { renderReport } from "./render-report.js";
import type { ReportContext } from "./section.js";
import { REPORT_SECTIONS } from "./sections/index.js";

export interface ReportOptions {
  out: string;
  serveUrl?: string;
  evaluationRuns?: string[];
  /** Run records listed: ids starting with this; default "demo-" (null: all). */
  runPrefix?: string | null;
}

export const DEFAULT_REPORT = {
  serveUrl: "http://127.0.0.1:4000",
  evaluationRuns: [DEMO_RUNS.evaluation, DEMO_RUNS.evaluationGraph],
  runPrefix: DEMO_RUN_PREFIX,
  conflictRuns: { reduced: DEMO_RUNS.conflicts, ablation: DEMO_RUNS.conflictsAblation },
};

export async function writeDemoReport(session: Session, options: ReportOptions): Promise<string> {
  const settings = session.settings();
  const base: ReportContext = {
    home: settings.home,
    out: options.out,
    reference: settings.reference,
    serveUrl: options.serveUrl ?? DEFAULT_REPORT.serveUrl,
    evaluationRuns: options.evaluationRuns ?? DEFAULT_REPORT.evaluationRuns,
    runPrefix: options.runPrefix === undefined ? DEFAULT_REPORT.runPrefix : options.runPrefix,
    conflictRuns: DEFAULT_REPORT.conflictRuns,
  };
  mkdirSync(options.out, { recursive: true });
  const { html, sections } = await session.withDatabase((executor) =>
    renderReport(REPORT_SECTIONS, { ...base, executor }),
  );
  const path = join(options.out, "index.html");
  writeFileSync(path, html);
  for (const section of sections) session.print(`${section.status.padEnd(8)} ${section.title}`);
  session.print(`report written to ${path}`);
  return path;
}
