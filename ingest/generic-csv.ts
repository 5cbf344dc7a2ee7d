// Reader for users' own corpora as CSV (RFC 4180: comma, double quotes, a header row naming the generic-schema
// columns of ingest/README.md). Parsed by csv-parse; a record it cannot parse is quarantined with its line.
import { parse } from "csv-parse/sync";
import { decodeLossy } from "./decode.js";
import { genericRecord } from "./generic-fields.js";
import { rejected, type Reader, type ReaderOutput } from "./records.js";

interface ParsedRow {
  record: Record<string, string>;
  info: { lines: number };
  raw: string;
}

export const readGenericCsv: Reader = (source) => {
  const records: ReaderOutput[] = [];
  let rows: ParsedRow[];
  try {
    rows = parse(decodeLossy(source.bytes), {
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      bom: true,
      info: true,
      raw: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error, raw) => {
        const line = (error as { lines?: number } | undefined)?.lines ?? 0;
        records.push(
          rejected(source, `line:${line}`, "unparsable", error?.message ?? "unparsable CSV record", raw ?? ""),
        );
        return undefined;
      },
    }) as ParsedRow[];
  } catch (error) {
    return [
      rejected(source, "file", "unparsable", `not a CSV file with a header row: ${(error as Error).message}`, ""),
    ];
  }
  for (const row of rows) records.push(genericRecord(source, `line:${row.info.lines}`, row.record, row.raw));
  return records.sort((left, right) => Number(left.position.slice(5)) - Number(right.position.slice(5)));
};
