// Reader for users' own corpora as CSV (RFC 4180: comma, double quotes, a header row naming the record's fields;
// the generic fields are found by a per-file FieldResolver). Records are assembled line by line (csv-records.ts): a
// broken record is quarantined at its own first line and every good row around it is kept.
import { CsvRecords, type CsvEvent } from "./csv-records.js";
import { hasUndecodableBytes } from "./decode.js";
import { FieldResolver } from "./field-mapping.js";
import { genericRecord } from "./generic-fields.js";
import { wholeFileReader } from "./line-reader.js";
import { rejected, type LineParserFactory, type ReaderOutput } from "./records.js";

export const genericCsvLines: LineParserFactory = (source, options) => {
  const resolver = new FieldResolver(options?.fields);
  const records = new CsvRecords(options?.maximumRecordBytes);
  let header: { line: number; names: string[] } | undefined;
  const output = (event: CsvEvent): ReaderOutput | undefined => {
    const position = `line:${event.line}`;
    if (event.type === "error") return rejected(source, position, event.reason, event.detail, event.raw);
    if (hasUndecodableBytes(event.raw))
      return rejected(source, position, "bad-encoding", "the record is not valid UTF-8", event.raw);
    if (event.raw.includes("\u0000"))
      return rejected(source, position, "binary", "the record holds NUL characters (binary data, not text)", "");
    if (header === undefined) {
      header = { line: event.line, names: event.fields.map((name) => name.trim()) };
      return undefined;
    }
    if (event.fields.length !== header.names.length)
      return rejected(
        source,
        position,
        "unparsable",
        `${event.fields.length} fields where the header (line ${header.line}) has ${header.names.length}`,
        event.raw,
      );
    const fields = Object.fromEntries(header.names.map((name, index) => [name, event.fields[index] ?? ""]));
    return genericRecord(source, position, fields, event.raw, resolver);
  };
  const outputs = (events: CsvEvent[]): ReaderOutput[] =>
    events.map(output).filter((item): item is ReaderOutput => item !== undefined);
  return {
    push: (line) => outputs(records.push(line)),
    end: () => outputs(records.end()),
    notes: () => resolver.notes(),
  };
};

export const readGenericCsv = wholeFileReader(genericCsvLines);
