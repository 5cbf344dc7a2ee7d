// Shared skeleton of the line-per-record formats (JSONL, 10kGNAD CSV): blank lines skipped, `line:N` positions,
// undecodable lines quarantined as bad-encoding, each other line handed to the format's own parser.
import { decodeLossy, hasUndecodableBytes, numberedLines } from "./decode.js";
import { rejected, type Reader, type ReaderOutput, type RejectedRecord, type SourceInput } from "./records.js";

/** A reader that parses each non-blank, decodable line with `parseLine`. */
export function lineReader(parseLine: (source: SourceInput, position: string, text: string) => ReaderOutput): Reader {
  return (source) => {
    const records: ReaderOutput[] = [];
    for (const { line, text } of numberedLines(decodeLossy(source.bytes))) {
      if (text.trim() === "") continue;
      const position = `line:${line}`;
      records.push(
        hasUndecodableBytes(text)
          ? rejected(source, position, "bad-encoding", "the line is not valid UTF-8", text)
          : parseLine(source, position, text),
      );
    }
    return records;
  };
}

/** The line as a JSON object, or the quarantine record saying why it is not one. */
export function jsonObjectLine(
  source: SourceInput,
  position: string,
  text: string,
): { object: Record<string, unknown> } | { rejected: RejectedRecord } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { rejected: rejected(source, position, "unparsable", `not JSON: ${(error as Error).message}`, text) };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { rejected: rejected(source, position, "unparsable", "the line is not a JSON object", text) };
  }
  return { object: value as Record<string, unknown> };
}
