// The documented generic record schema (ingest/README.md) shared by the JSONL and CSV readers: `text` required;
// title, date, url, language, nation, outlet, kind, category optional — each found by the file's FieldResolver
// (mapped, navab-named or guessed, see field-mapping.ts).
import type { FieldResolver } from "./field-mapping.js";
import { rejected, type ArticleKind, type ReaderOutput, type SourceInput } from "./records.js";

const KINDS: readonly ArticleKind[] = ["article", "question", "answer", "statement", "speech", "report"];
const OPTIONAL_FIELDS = ["title", "date", "url", "language", "nation", "category"] as const;

const asText = (value: unknown): string | undefined =>
  typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : undefined;

/** Turns one generic record's fields into a RawRecord, or a rejection saying which field is wrong. */
export function genericRecord(
  source: Pick<SourceInput, "path">,
  position: string,
  fields: Record<string, unknown>,
  raw: string,
  resolver: FieldResolver,
): ReaderOutput {
  const values = resolver.resolve(fields);
  if (values.text === undefined) return rejected(source, position, "missing-field", resolver.missingText(fields), raw);
  const text = typeof values.text === "string" ? values.text.trim() : "";
  if (text === "") return rejected(source, position, "empty-text", "the text field is empty", raw);
  if (text.includes("\uFFFD")) return rejected(source, position, "bad-encoding", "the record is not valid UTF-8", raw);
  const kind = asText(values.kind) || "article";
  if (!KINDS.includes(kind as ArticleKind))
    return rejected(source, position, "unparsable", `kind "${kind}" is not one of ${KINDS.join(", ")}`, raw);
  const record: ReaderOutput = { type: "record", sourceFile: source.path, position, text, kind: kind as ArticleKind };
  for (const field of OPTIONAL_FIELDS) {
    const value = asText(values[field]);
    if (value !== undefined && value !== "") record[field] = value;
  }
  const outlet = asText(values.outlet);
  if (outlet !== undefined && outlet !== "") record.outlet = { name: outlet };
  return record;
}
