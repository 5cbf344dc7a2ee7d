// Reads one source file for the stage in bounded memory. Line formats are streamed chunk by chunk and parsed line by
// line (no file cap); other formats are read whole, up to maximumFileBytes. Before any reader decodes a byte, binary
// data and UTF-16 without a byte-order mark are quarantined as the whole file, and UTF-16 with one is transcoded to
// UTF-8 and recorded on every record (`decodedAs`).
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { binaryProblem, byteOrderMark, textBytes, Utf8Transcoder } from "../../ingest/byte-check.js";
import type { CorpusFormat } from "../../ingest/formats.js";
import { LineSplitter } from "../../ingest/line-splitter.js";
import {
  rejected,
  type LineParserFactory,
  type ReaderOptions,
  type ReaderOutput,
  type SourceLine,
} from "../../ingest/records.js";
import type { IngestSettings } from "./settings.js";

export type ReadLimits = Pick<IngestSettings, "maximumFileBytes" | "maximumRecordBytes" | "streamChunkBytes">;

export interface FileReading {
  outputs: AsyncIterable<ReaderOutput>;
  /** What the reader decided for the file (e.g. which field held the text); complete once `outputs` is consumed. */
  notes(): string[];
}

const withEncoding = (output: ReaderOutput, decodedAs: string | undefined): ReaderOutput =>
  decodedAs === undefined || output.type !== "record" || output.decodedAs !== undefined
    ? output
    : { ...output, decodedAs };

async function* wholeFile(path: string, format: CorpusFormat, limits: ReadLimits, options: ReaderOptions) {
  const { size } = await stat(path);
  if (size > limits.maximumFileBytes) {
    const detail = `the file is ${size} bytes, more than the cap of ${limits.maximumFileBytes} (maximumFileBytes in src/ingest/settings/ingest.v1.json)`;
    yield rejected({ path }, "file", "too-large", detail, "");
    return;
  }
  const checked = textBytes(await readFile(path));
  if ("reason" in checked) {
    yield rejected({ path }, "file", checked.reason, checked.detail, "");
    return;
  }
  for (const output of format.reader({ path, bytes: checked.bytes }, options))
    yield withEncoding(output, checked.decodedAs);
}

async function* streamedFile(
  path: string,
  lines: LineParserFactory,
  limits: ReadLimits,
  options: ReaderOptions,
  parser: { notes(): string[] },
) {
  const lineParser = lines({ path }, options);
  parser.notes = () => lineParser.notes();
  const splitter = new LineSplitter(limits.maximumRecordBytes);
  let transcoder: Utf8Transcoder | undefined;
  const parsed = (sourceLines: SourceLine[]): ReaderOutput[] =>
    sourceLines.flatMap((line) => lineParser.push(line)).map((output) => withEncoding(output, decodedAs(transcoder)));
  for await (const chunk of createReadStream(path, { highWaterMark: limits.streamChunkBytes })) {
    let bytes = chunk as Buffer;
    if (transcoder === undefined) {
      transcoder = new Utf8Transcoder(byteOrderMark(bytes).encoding);
      bytes = Buffer.from(transcoder.push(bytes));
      const problem = binaryProblem(bytes);
      if (problem !== undefined) {
        yield rejected({ path }, "file", problem.reason, problem.detail, "");
        return;
      }
    } else bytes = Buffer.from(transcoder.push(bytes));
    yield* parsed(splitter.push(bytes));
  }
  yield* parsed([...splitter.push(transcoder?.end() ?? new Uint8Array(0)), ...splitter.end()]);
  yield* lineParser.end().map((output) => withEncoding(output, decodedAs(transcoder)));
}

const decodedAs = (transcoder: Utf8Transcoder | undefined): string | undefined =>
  transcoder === undefined || transcoder.encoding === "utf-8" ? undefined : transcoder.encoding;

/** The records of one file, streamed (line formats) or read whole within the file cap. */
export function readSourceFile(
  path: string,
  format: CorpusFormat,
  limits: ReadLimits,
  options: ReaderOptions = {},
): FileReading {
  const readerOptions = { ...options, maximumRecordBytes: limits.maximumRecordBytes };
  const parser = { notes: (): string[] => [] };
  const outputs =
    format.lines === undefined
      ? wholeFile(path, format, limits, readerOptions)
      : streamedFile(path, format.lines, limits, readerOptions, parser);
  return { outputs, notes: () => parser.notes() };
}
