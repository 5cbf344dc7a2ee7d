// The documented generic record schema (ingest/README.md) shared by the JSONL and CSV readers: `text` required;
// title, date, url, language, nation, outlet, kind, category optional.
import { rejected, type ArticleKind, type ReaderOutput, type SourceInput } from "./records.js";

const KINDS: readonly ArticleKind[] = ["article", "question", "answer", "statement", "speech", "report"];
const OPTIONAL_FIELDS = ["title", "date", "url", "language", "nation", "category"] as const;

/** Turns one generic record's fields into a RawRecord, or a rejection saying which field is wrong. */
export function genericRecord(
  source: SourceInput,
  position: string,
  fields: Record<string, unknown>,
  raw: string,
): ReaderOutput {
  const text = typeof fields.text === "string" ? fields.text.trim() : "";
  if (fields.text === undefined || fields.text === null)
    return rejected(source, position, "missing-field", "the required field `text` is missing", raw);
  if (text === "") return rejected(source, position, "empty-text", "the `text` field is empty", raw);
  if (text.includes("\uFFFD")) return rejected(source, position, "bad-encoding", "the record is not valid UTF-8", raw);
  const kind = typeof fields.kind === "string" && fields.kind !== "" ? fields.kind : "article";
  if (!KINDS.includes(kind as ArticleKind))
    return rejected(source, position, "unparsable", `kind "${kind}" is not one of ${KINDS.join(", ")}`, raw);
  const record: ReaderOutput = { type: "record", sourceFile: source.path, position, text, kind: kind as ArticleKind };
  for (const field of OPTIONAL_FIELDS) {
    const value = fields[field];
    if (typeof value === "string" && value.trim() !== "") record[field] = value.trim();
    else if (typeof value === "number") record[field] = String(value);
  }
  if (typeof fields.outlet === "string" && fields.outlet.trim() !== "") record.outlet = { name: fields.outlet.trim() };
  return record;
}
