// Splits a byte stream into numbered lines (\n or \r\n) decoded as UTF-8 (invalid bytes become U+FFFD, which the
// line formats quarantine), never holding more than one line: a line longer than the cap is not kept, only counted.
import { decodeLossy } from "./decode.js";
import type { SourceLine } from "./records.js";

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export class LineSplitter {
  private parts: Uint8Array[] = [];
  private bytes = 0;
  private line = 0;

  constructor(private readonly maximumLineBytes: number) {}

  /** The lines this chunk completes. */
  push(chunk: Uint8Array): SourceLine[] {
    const lines: SourceLine[] = [];
    let start = 0;
    for (let end = chunk.indexOf(LINE_FEED); end >= 0; end = chunk.indexOf(LINE_FEED, start)) {
      this.add(chunk.subarray(start, end));
      lines.push(this.take());
      start = end + 1;
    }
    this.add(chunk.subarray(start));
    return lines;
  }

  /** The last line when the stream does not end with a line feed. */
  end(): SourceLine[] {
    return this.bytes > 0 ? [this.take()] : [];
  }

  private add(part: Uint8Array): void {
    if (part.length === 0) return;
    this.bytes += part.length;
    if (this.bytes > this.maximumLineBytes) this.parts = [];
    else this.parts.push(part);
  }

  private take(): SourceLine {
    this.line += 1;
    const { bytes, parts } = this;
    [this.parts, this.bytes] = [[], 0];
    if (bytes > this.maximumLineBytes) return { line: this.line, oversizedBytes: bytes };
    const joined = parts.length === 1 ? (parts[0] ?? new Uint8Array(0)) : Buffer.concat(parts);
    const length = joined[joined.length - 1] === CARRIAGE_RETURN ? joined.length - 1 : joined.length;
    return { line: this.line, text: decodeLossy(joined.subarray(0, length)) };
  }
}
