// RFC 4180 CSV records (comma, `"` quotes, `""` inside quotes, quoted fields may span lines) assembled from physical
// lines fed one by one, so a file of any size is read in bounded memory. A quote error quarantines the record's own
// first line and parsing resumes at the line after it (a whole-file parser lets one broken quote swallow, and lose,
// the rows after it); a well-formed record with the wrong number of fields is quarantined whole.
import type { SourceLine } from "./records.js";

export type CsvEvent =
  | { type: "record"; line: number; fields: string[]; raw: string }
  | { type: "error"; line: number; reason: "unparsable" | "too-large"; detail: string; raw: string };

type LineScan = { error: string } | { fields: string[]; openField?: string };

const nextSpecial = (text: string, from: number): number => {
  const comma = text.indexOf(",", from);
  const quote = text.indexOf('"', from);
  if (comma < 0) return quote < 0 ? text.length : quote;
  return quote < 0 ? comma : Math.min(comma, quote);
};

/** Scans one physical line, continuing a quoted field left open by the line before (`openField`). */
export function scanLine(text: string, fields: string[], openField?: string): LineScan {
  let current = openField ?? "";
  let inQuotes = openField !== undefined;
  let afterQuote = false;
  let atFieldStart = openField === undefined;
  let index = 0;
  while (index < text.length) {
    if (inQuotes) {
      const quote = text.indexOf('"', index);
      if (quote < 0) {
        current += text.slice(index);
        index = text.length;
      } else if (text[quote + 1] === '"') {
        current += `${text.slice(index, quote)}"`;
        index = quote + 2;
      } else {
        current += text.slice(index, quote);
        [inQuotes, afterQuote, index] = [false, true, quote + 1];
      }
      continue;
    }
    const character = text[index];
    if (character === ",") {
      fields.push(current);
      [current, afterQuote, atFieldStart, index] = ["", false, true, index + 1];
    } else if (afterQuote) {
      return { error: `a quoted field is followed by ${JSON.stringify(character)}, not a comma (column ${index + 1})` };
    } else if (character === '"') {
      if (!atFieldStart)
        return {
          error: `a quote inside an unquoted field (column ${index + 1}): quote the whole field and double its quotes`,
        };
      [inQuotes, atFieldStart, index] = [true, false, index + 1];
    } else {
      const stop = nextSpecial(text, index);
      current += text.slice(index, stop);
      [atFieldStart, index] = [false, stop];
    }
  }
  if (inQuotes) return { fields, openField: `${current}\n` };
  fields.push(current);
  return { fields };
}

interface OpenRecord {
  line: number;
  lines: { line: number; text: string }[];
  bytes: number;
  fields: string[];
  openField: string;
}

/** Turns physical lines into CSV records or errors, each at the line where its record starts. */
export class CsvRecords {
  private open: OpenRecord | undefined;

  constructor(private readonly maximumRecordBytes = Number.POSITIVE_INFINITY) {}

  push(line: SourceLine): CsvEvent[] {
    const events: CsvEvent[] = [];
    const queue: SourceLine[] = [line];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) this.feed(next, events, queue);
    return events;
  }

  end(): CsvEvent[] {
    const events: CsvEvent[] = [];
    while (this.open !== undefined) {
      const queue = this.fail(
        this.open,
        "unparsable",
        "a quoted field is not closed before the end of the file",
        events,
      );
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) this.feed(next, events, queue);
    }
    return events;
  }

  /** Quarantines the open record's first line and returns the lines after it, to be parsed again. */
  private fail(record: OpenRecord, reason: "unparsable" | "too-large", detail: string, events: CsvEvent[]) {
    this.open = undefined;
    events.push({ type: "error", line: record.line, reason, detail, raw: record.lines[0]?.text ?? "" });
    return record.lines.slice(1) as SourceLine[];
  }

  private feed(line: SourceLine, events: CsvEvent[], queue: SourceLine[]): void {
    if (!("text" in line)) {
      const detail = `the line is ${line.oversizedBytes} bytes, more than the record cap (maximumRecordBytes)`;
      if (this.open === undefined)
        events.push({ type: "error", line: line.line, reason: "too-large", detail, raw: "" });
      else
        queue.unshift(
          ...this.fail(this.open, "unparsable", "a quoted field runs into an over-long line", events),
          line,
        );
      return;
    }
    if (this.open === undefined && line.text.trim() === "") return;
    const record: OpenRecord = this.open ?? { line: line.line, lines: [], bytes: 0, fields: [], openField: "" };
    record.lines.push(line);
    record.bytes += Buffer.byteLength(line.text) + 1;
    if (this.open !== undefined && record.bytes > this.maximumRecordBytes) {
      const detail = `a quoted field runs past the record cap (${this.maximumRecordBytes} bytes): is a quote not closed?`;
      queue.unshift(...this.fail(record, "unparsable", detail, events));
      return;
    }
    const scan = scanLine(line.text, record.fields, this.open === undefined ? undefined : record.openField);
    if ("error" in scan) {
      queue.unshift(...this.fail(record, "unparsable", scan.error, events));
      return;
    }
    if (scan.openField !== undefined) {
      this.open = { ...record, fields: scan.fields, openField: scan.openField };
      return;
    }
    this.open = undefined;
    const raw = record.lines.map((part) => part.text).join("\n");
    events.push({ type: "record", line: record.line, fields: scan.fields, raw });
  }
}
