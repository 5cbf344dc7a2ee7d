// Shared skeleton of the line-per-record formats (JSONL, 10kGNAD CSV): blank lines skipped, `line:N` positions,
// lines longer than the record cap, undecodable lines and lines with NUL characters quarantined, each other line
// handed to the format's own parser. One definition gives both the streaming parser the stage feeds line by line
// (bounded memory, any file size) and the whole-file reader the tests call.
import { decodeLossy, hasUndecodableBytes, numberedLines } from "./decode.js";
import {
  rejected,
  type LineParser,
  type LineParserFactory,
  type Reader,
  type ReaderOptions,
  type ReaderOutput,
  type RejectedRecord,
  type SourceInput,
  type SourceLine,
} from "./records.js";

type Source = Pick<SourceInput, "path">;

export interface LineFormatDefinition<State> {
  /** Per-file state (e.g. the field resolver of a generic file). */
  start(options?: ReaderOptions): State;
  parseLine(source: Source, position: string, text: string, state: State): ReaderOutput;
  notes?(state: State): string[];
}

/** The rejection of a line that cannot be parsed at all, or undefined when the format's parser should see it. */
export function unusableLine(source: Source, line: SourceLine): RejectedRecord | undefined {
  const position = `line:${line.line}`;
  if ("oversizedBytes" in line)
    return rejected(
      source,
      position,
      "too-large",
      `the line is ${line.oversizedBytes} bytes, more than the record cap (maximumRecordBytes in the ingest settings)`,
      "",
    );
  if (hasUndecodableBytes(line.text))
    return rejected(source, position, "bad-encoding", "the line is not valid UTF-8", line.text);
  if (line.text.includes("\u0000"))
    return rejected(source, position, "binary", "the line holds NUL characters (binary data, not text)", "");
  return undefined;
}

/** Runs a streaming line parser over a whole file's bytes (what the stage does line by line). */
export function wholeFileReader(lines: LineParserFactory): Reader {
  return (source, options) => {
    const parser = lines(source, options);
    const outputs = numberedLines(decodeLossy(source.bytes)).flatMap((line) => parser.push(line));
    return [...outputs, ...parser.end()];
  };
}

/** The streaming parser and the whole-file reader of a line-per-record format. */
export function lineFormat<State>(definition: LineFormatDefinition<State>): {
  reader: Reader;
  lines: LineParserFactory;
} {
  const lines: LineParserFactory = (source, options): LineParser => {
    const state = definition.start(options);
    return {
      push(line) {
        if ("text" in line && line.text.trim() === "") return [];
        const problem = unusableLine(source, line);
        if (problem !== undefined || !("text" in line)) return problem === undefined ? [] : [problem];
        return [definition.parseLine(source, `line:${line.line}`, line.text, state)];
      },
      end: () => [],
      notes: () => definition.notes?.(state) ?? [],
    };
  };
  return { reader: wholeFileReader(lines), lines };
}

/** The line as a JSON object, or the quarantine record saying why it is not one. */
export function jsonObjectLine(
  source: Source,
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
