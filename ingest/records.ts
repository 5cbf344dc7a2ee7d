// What every corpus reader yields: a raw record with its file position, or a rejected record with a reason.
export type ArticleKind = "article" | "question" | "answer" | "statement" | "speech" | "report";

export type QuarantineReason =
  "bad-encoding" | "binary" | "too-large" | "empty-text" | "unparsable" | "unknown-nation" | "missing-field";

/** Who published a record, as far as the file itself says; the stage fills in the corpus defaults. */
export interface OutletHint {
  name: string;
  kind?: "state" | "public" | "private" | "government" | "press-agency" | "un";
  /** ISO 3166 alpha-2 country of the outlet itself (e.g. "AT" for DER STANDARD), or "unknown". */
  country?: string;
  /** One of the five nations (CN, US, GB, FR, DE) when the record counts as that nation's text; null: none. */
  nation?: string | null;
}

export interface RawRecord {
  type: "record";
  /** Path of the file as given to the reader. */
  sourceFile: string;
  /** Where in the file: "file", "line:12", "item:3", "doc:5@line:40". */
  position: string;
  text: string;
  kind: ArticleKind;
  title?: string;
  date?: string;
  url?: string;
  /** Declared language (ISO 639-1); detected by the stage when absent. */
  language?: string;
  /** Declared nation code as written in the record (validated by the stage). */
  nation?: string;
  outlet?: OutletHint;
  category?: string;
  /** Set when the bytes were not plain UTF-8: "latin1" (fallback) or "utf-16le"/"utf-16be" (byte-order mark). */
  decodedAs?: string;
  /** Name of the person speaking (MFA spokesperson answers and statements). */
  speaker?: string;
  /** Position (in the same file) of the question this record answers. */
  answers?: string;
}

export interface RejectedRecord {
  type: "rejected";
  sourceFile: string;
  position: string;
  reason: QuarantineReason;
  detail: string;
  /** The raw input of the record (truncated by the stage before storing). */
  raw: string;
}

export type ReaderOutput = RawRecord | RejectedRecord;

/** A file handed to a reader: its path (for provenance and file-name conventions) and its bytes. */
export interface SourceInput {
  path: string;
  bytes: Uint8Array;
}

/** How a reader finds the generic fields in a user's records (ingest/field-mapping.ts). */
export interface ReaderOptions {
  /** navab field → the corpus's own field name (`{"text": "content"}`); unmapped fields are guessed. */
  fields?: Partial<Record<string, string>>;
  /** Records longer than this many bytes are quarantined as too-large (the stage passes its setting). */
  maximumRecordBytes?: number;
}

/** A reader is pure: bytes in, records out, never throws on bad records (it rejects them). */
export type Reader = (source: SourceInput, options?: ReaderOptions) => ReaderOutput[];

/** One physical line of a streamed file: its decoded text, or only its size when it is longer than the record cap. */
export type SourceLine = { line: number; text: string } | { line: number; oversizedBytes: number };

/** A line format's parser for one file, fed line by line so a file of any size is read in bounded memory. */
export interface LineParser {
  /** The records this line completes (none while a multi-line record is still open). */
  push(line: SourceLine): ReaderOutput[];
  /** The records left at the end of the file (e.g. an unclosed quote). */
  end(): ReaderOutput[];
  /** What the parser decided for the whole file and the user should read (e.g. which field held the text). */
  notes(): string[];
}

export type LineParserFactory = (source: Pick<SourceInput, "path">, options?: ReaderOptions) => LineParser;

export function rejected(
  source: Pick<SourceInput, "path">,
  position: string,
  reason: QuarantineReason,
  detail: string,
  raw: string,
): RejectedRecord {
  return { type: "rejected", sourceFile: source.path, position, reason, detail, raw };
}
