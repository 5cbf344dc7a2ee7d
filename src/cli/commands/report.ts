// `navab report`: the one report page of a run (Table 1, Table 2 with intervals next to the paper, conflict
// rounds, topic maps, judge calibration, auditor links, run records) written to <out>/index.html.
import type { Command } from "commander";
import { demoSettings } from "../../demo/demo-settings.js";
import { DEFAULT_REPORT, writeDemoReport } from "../../report/write-report.js";
import type { CliContext } from "../context.js";

interface ReportFlags {
  out?: string;
  serveUrl: string;
  evaluationRun?: string[];
  allRuns?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerReportCommand(program: Command, context: CliContext): void {
  program
    .command("report")
    .description("write the one report page of the demo's run (or of the given evaluation runs) to <out>/index.html")
    .option("--out <folder>", "the demo's output folder (default out/demo)")
    .option("--serve-url <url>", "where `navab serve` answers, for the UI links", DEFAULT_REPORT.serveUrl)
    .option("--evaluation-run <id>", "an evaluation run to show (repeatable; default the demo's two)", collect)
    .option("--all-runs", "list every Run record, not only the demo's")
    .action(async (flags: ReportFlags) => {
      await writeDemoReport(context, {
        out: flags.out ?? demoSettings("full").out,
        serveUrl: flags.serveUrl,
        ...(flags.evaluationRun ? { evaluationRuns: flags.evaluationRun } : {}),
        ...(flags.allRuns ? { runPrefix: null } : {}),
      });
    });
}
