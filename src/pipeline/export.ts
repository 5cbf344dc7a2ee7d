// Pipeline steps of the export stage: DPO preference data (per variant and format, split by article) and the
// one-file benchmark release, from the graph's Triples or from the authors' 75 reference triples.
import { join } from "node:path";
import { readReferenceTriples } from "../evaluation/items/reference-triples.js";
import {
  exportBenchmark,
  exportDpo,
  itemsToPreferenceRows,
  readGraphPreferenceRows,
  type DpoFormat,
  type DpoVariant,
  type GraphPreferenceFilter,
  type PreferenceRow,
} from "../export/index.js";
import { newRunId } from "../kernel/index.js";
import { loadVerificationReport } from "../verify/index.js";
import type { Session } from "./session.js";

/** Where the rows come from: the graph's valid Triples (filtered), or the authors' reference triples. */
export type PreferenceSource = { from: "reference" } | ({ from: "graph" } & GraphPreferenceFilter);

async function loadRows(
  session: Session,
  source: PreferenceSource,
): Promise<{ rows: PreferenceRow[]; source: string }> {
  if (source.from === "reference")
    return {
      rows: itemsToPreferenceRows(await readReferenceTriples(session.settings().reference)),
      source: "the authors' 75 reference triples (navab-pipeline-samples)",
    };
  const { from: _from, ...filter } = source;
  const rows = await session.withDatabase((executor) => readGraphPreferenceRows(executor, filter));
  const run = filter.tripleRunId ? ` of run ${filter.tripleRunId}` : "";
  const nations = filter.nations ? ` for ${filter.nations.join(", ")}` : "";
  const flagged = filter.includeFlagged ? " (valid and flagged by the automatic checks)" : "";
  return { rows, source: `graph Triples${run}${nations}${flagged}` };
}

export interface DpoStepOptions {
  source: PreferenceSource;
  formats: DpoFormat[];
  variants: DpoVariant[];
  /** Default <home>/export/dpo-<run id>. */
  out?: string;
  seed: number;
  trainShare: number;
}

export async function exportDpoStep(session: Session, options: DpoStepOptions) {
  const runId = newRunId("export");
  const { rows, source } = await loadRows(session, options.source);
  const folder = options.out ?? join(session.settings().home, "export", `dpo-${runId}`);
  const outputs = await exportDpo(
    { rows, folder, formats: options.formats, variants: options.variants, runId, source },
    { seed: options.seed, trainShare: options.trainShare },
  );
  if (outputs.length === 0)
    session.log(
      "no rows in the requested variants (the conflict-reduced variant needs --conflict-run <id> of a conflict run)",
    );
  for (const output of outputs)
    session.print(
      `${output.variant}\t${output.format}\ttrain ${output.train}\ttest ${output.test}\tschema-checked ${output.validated}\t${output.folder}`,
    );
  return outputs;
}

export async function exportBenchmarkStep(session: Session, options: { source: PreferenceSource; out?: string }) {
  const { rows, source } = await loadRows(session, options.source);
  const conflictRunId = options.source.from === "graph" ? options.source.conflictRunId : undefined;
  // A release of a conflict run's variant carries that run's human verification results (NaVAB Table 7).
  const verification = conflictRunId
    ? {
        conflictRunId,
        nations: await session.withDatabase((executor) => loadVerificationReport(executor, conflictRunId)),
      }
    : undefined;
  const result = await exportBenchmark(
    rows,
    options.out ?? join(session.settings().home, "export", "benchmark"),
    source,
    verification,
  );
  session.print(`${result.rows} triples → ${result.path}`);
  return result;
}
