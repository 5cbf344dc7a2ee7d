// The rows one ingest run is preparing, batch by batch (issue 12 item 6): the stage takes a batch (and writes it)
// whenever it is full, so memory holds a batch, the outlet ids and 128-bit prefixes of the Article ids seen (to merge
// repeated texts), never the corpus.
import type { SourceDefaults } from "./corpora-layout.js";
import type { PreviewQuarantine, PreviewRecord } from "./preview.js";
import type {
  AnswerRow,
  ArticleRow,
  OccurrenceRow,
  OutletRow,
  QuarantineRow,
  SourceFileRow,
  SpeakerRow,
} from "./rows.js";

export interface PreparedFile {
  /** SourceFile id (Quarantine.file). */
  id: string;
  /** Relative display path (Article.sourceFile). */
  path: string;
  format: string;
  defaults: SourceDefaults;
  /** Article ids of this file's questions by position, for the answers that point at them. */
  questions: Map<string, string>;
}

/** Nation and outlet of one record read (accepted: its Article id; quarantined: the reason), for the summary. */
export interface Tally {
  nation: string;
  outlet: string;
  articleId?: string;
  /** The record's text was already seen in this run: one more occurrence of that Article. */
  duplicate?: boolean;
  reason?: string;
}

export interface RowBatch {
  outlets: OutletRow[];
  files: SourceFileRow[];
  articles: ArticleRow[];
  occurrences: OccurrenceRow[];
  speakers: SpeakerRow[];
  answers: AnswerRow[];
  quarantine: QuarantineRow[];
  tallies: Tally[];
  /** Bytes of article text in the batch. */
  textBytes: number;
}

const emptyBatch = (): RowBatch => ({
  outlets: [],
  files: [],
  articles: [],
  occurrences: [],
  speakers: [],
  answers: [],
  quarantine: [],
  tallies: [],
  textBytes: 0,
});

export interface PrepareLimits {
  maximumRecordBytes: number;
  previewRecords: number;
  previewQuarantined: number;
}

/** The rows of one run, batch by batch; only outlet ids and the preview outlive a batch. */
export class PreparedRows {
  batch: RowBatch = emptyBatch();
  readonly outletIds = new Set<string>();
  readonly preview: { records: PreviewRecord[]; quarantined: PreviewQuarantine[] } = { records: [], quarantined: [] };

  /** `scope` prefixes every id (Article, Outlet, Speaker) so a benchmark can write a separable copy of a corpus. */
  constructor(
    readonly scope = "",
    readonly limits: PrepareLimits = { maximumRecordBytes: Infinity, previewRecords: 0, previewQuarantined: 0 },
  ) {}

  scoped(id: string): string {
    return this.scope === "" ? id : `${this.scope}:${id}`;
  }

  addFile(row: SourceFileRow): void {
    this.batch.files.push(row);
  }

  /** Takes the rows prepared since the last take. */
  take(): RowBatch {
    const batch = this.batch;
    this.batch = emptyBatch();
    return batch;
  }

  /**
   * Article ids seen in this run, as 128-bit prefixes of their sha256 (≈70 bytes per Article, no text): a repeated
   * text becomes one more occurrence of its Article in whatever batch it comes.
   */
  private readonly seenArticles = new Set<string>();

  /** True when the Article was already seen in this run; marks it seen. */
  seen(id: string): boolean {
    const key = id.slice(-64, -32);
    if (this.seenArticles.has(key)) return true;
    this.seenArticles.add(key);
    return false;
  }
}
