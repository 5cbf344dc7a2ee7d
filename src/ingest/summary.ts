// The ingest summary: per nation and per outlet, records read, Articles new / already present, records whose text
// was already seen in this run (merged into one Article), and quarantined records by reason — counted batch by batch
// as the database reports which of each batch's Articles an earlier run had made, so no list of records is kept.
import type { Tally } from "./prepared-rows.js";
import type { PreviewQuarantine, PreviewRecord } from "./preview.js";

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
  /** True when nothing was written (`--dry-run`): every Article not seen earlier in the run counts as new. */
  dryRun: boolean;
  files: number;
  total: IngestCounts;
  byNation: Record<string, IngestCounts>;
  byOutlet: Record<string, IngestCounts>;
  /** Quarantine nodes created by this run (the others were already there from an earlier run). */
  quarantineNew: number;
  /** Quarantine nodes removed because their record now landed as an Article. */
  quarantineCleared: number;
  /** Folders of the corpora root that no reader knows (ingestCorpora only). */
  skippedFolders: string[];
  /** What the run decided that a user should read: fields guessed, outlets of the same name in other nations. */
  notes: string[];
  preview: { records: PreviewRecord[]; quarantined: PreviewQuarantine[] };
  seconds: number;
}

const emptyCounts = (): IngestCounts => ({
  recordsRead: 0,
  articlesNew: 0,
  articlesPresent: 0,
  duplicateRecords: 0,
  quarantined: {},
});

export class SummaryCounter {
  readonly total = emptyCounts();
  readonly byNation: Record<string, IngestCounts> = {};
  readonly byOutlet: Record<string, IngestCounts> = {};

  /** Counts one batch's records, given the ids of its Articles that an earlier run had made (dry runs: none). */
  add(tallies: readonly Tally[], existing: ReadonlySet<string>): void {
    for (const tally of tallies) {
      const targets = [
        this.total,
        (this.byNation[tally.nation] ??= emptyCounts()),
        (this.byOutlet[tally.outlet] ??= emptyCounts()),
      ];
      for (const counts of targets) {
        counts.recordsRead += 1;
        if (tally.reason !== undefined) counts.quarantined[tally.reason] = (counts.quarantined[tally.reason] ?? 0) + 1;
        else if (tally.duplicate === true) counts.duplicateRecords += 1;
        else if (tally.articleId !== undefined && existing.has(tally.articleId)) counts.articlesPresent += 1;
        else counts.articlesNew += 1;
      }
    }
  }
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
  const what = summary.dryRun ? "dry run, nothing written" : `ingest run ${summary.runId}`;
  return [
    `${what}: ${summary.files} files in ${summary.seconds.toFixed(1)} s (${Math.round(summary.total.recordsRead / seconds)} records/s)`,
    header,
    ...Object.entries(summary.byNation).map(([nation, counts]) => line(`nation ${nation}`, counts)),
    ...listed.map(([outlet, counts]) => line(`  outlet ${outlet}`, counts)),
    ...(listed.length < outlets.length ? [`  (${outlets.length} outlets: --json or --outlets lists them)`] : []),
    line("total", summary.total),
    ...(summary.quarantineCleared === 0
      ? []
      : [`quarantine entries cleared (their records now landed): ${summary.quarantineCleared}`]),
    ...(summary.skippedFolders.length === 0
      ? []
      : [`skipped folders (no reader): ${summary.skippedFolders.join(", ")}`]),
    ...summary.notes.map((note) => `note: ${note}`),
  ];
}
