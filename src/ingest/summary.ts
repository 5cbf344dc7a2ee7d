// The ingest summary: per nation and per outlet, records read, Articles new / already present, records whose text
// was already seen in this run (merged into one Article), and quarantined records by reason.
import type { PreparedRows } from "./prepare.js";

export interface IngestCounts {
  recordsRead: number;
  articlesNew: number;
  articlesPresent: number;
  /** Records whose normalized text equals an earlier record's in this run: one Article, one more provenance edge. */
  duplicateRecords: number;
  quarantined: Record<string, number>;
}

export interface IngestSummary {
  runId: string;
  files: number;
  total: IngestCounts;
  byNation: Record<string, IngestCounts>;
  byOutlet: Record<string, IngestCounts>;
  /** Quarantine nodes created by this run (the others were already there from an earlier run). */
  quarantineNew: number;
  /** Folders of the corpora root that no reader knows (ingestCorpora only). */
  skippedFolders: string[];
  seconds: number;
}

const emptyCounts = (): IngestCounts => ({
  recordsRead: 0,
  articlesNew: 0,
  articlesPresent: 0,
  duplicateRecords: 0,
  quarantined: {},
});

export function summarize(
  rows: PreparedRows,
  existingArticles: ReadonlySet<string>,
): Pick<IngestSummary, "total" | "byNation" | "byOutlet"> {
  const total = emptyCounts();
  const byNation: Record<string, IngestCounts> = {};
  const byOutlet: Record<string, IngestCounts> = {};
  const counted = new Set<string>();
  for (const tally of rows.tallies) {
    const targets = [total, (byNation[tally.nation] ??= emptyCounts()), (byOutlet[tally.outlet] ??= emptyCounts())];
    for (const counts of targets) {
      counts.recordsRead += 1;
      if (tally.reason !== undefined) counts.quarantined[tally.reason] = (counts.quarantined[tally.reason] ?? 0) + 1;
      else if (tally.articleId !== undefined && counted.has(tally.articleId)) counts.duplicateRecords += 1;
      else if (tally.articleId !== undefined && existingArticles.has(tally.articleId)) counts.articlesPresent += 1;
      else counts.articlesNew += 1;
    }
    if (tally.articleId !== undefined) counted.add(tally.articleId);
  }
  return { total, byNation, byOutlet };
}

const quarantinedText = (counts: IngestCounts): string =>
  Object.entries(counts.quarantined)
    .map(([reason, count]) => `${reason} ${count}`)
    .join(", ") || "0";

function line(name: string, counts: IngestCounts): string {
  return `${name.padEnd(48)} ${String(counts.recordsRead).padStart(7)} ${String(counts.articlesNew).padStart(7)} ${String(counts.articlesPresent).padStart(8)} ${String(counts.duplicateRecords).padStart(6)}  ${quarantinedText(counts)}`;
}

/** Outlets listed one by one up to this many; beyond it (MFA reporters' outlets) only with `detailed`. */
const OUTLETS_LISTED = 20;

/** The summary as printable lines (the CLI prints them; stdout stays a table). */
export function formatSummary(summary: IngestSummary, detailed = false): string[] {
  const outlets = Object.entries(summary.byOutlet);
  const listed = detailed || outlets.length <= OUTLETS_LISTED ? outlets : [];
  const header = `${"".padEnd(48)} ${"records".padStart(7)} ${"new".padStart(7)} ${"present".padStart(8)} ${"dupes".padStart(6)}  quarantined`;
  const seconds = summary.seconds > 0 ? summary.seconds : Number.EPSILON;
  return [
    `ingest run ${summary.runId}: ${summary.files} files in ${summary.seconds.toFixed(1)} s (${Math.round(summary.total.recordsRead / seconds)} records/s)`,
    header,
    ...Object.entries(summary.byNation).map(([nation, counts]) => line(`nation ${nation}`, counts)),
    ...listed.map(([outlet, counts]) => line(`  outlet ${outlet}`, counts)),
    ...(listed.length < outlets.length ? [`  (${outlets.length} outlets: --json or --outlets lists them)`] : []),
    line("total", summary.total),
    ...(summary.skippedFolders.length === 0
      ? []
      : [`skipped folders (no reader): ${summary.skippedFolders.join(", ")}`]),
  ];
}
