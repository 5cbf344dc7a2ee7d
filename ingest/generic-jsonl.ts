// Reader for users' own corpora as JSON Lines: one JSON object per line in the generic schema (ingest/README.md).
import { decodeLossy, hasUndecodableBytes, numberedLines } from "./decode.js";
import { genericRecord } from "./generic-fields.js";
import { rejected, type Reader, type ReaderOutput } from "./records.js";

export const readGenericJsonl: Reader = (source) => {
  const records: ReaderOutput[] = [];
  for (const { line, text } of numberedLines(decodeLossy(source.bytes))) {
    if (text.trim() === "") continue;
    const position = `line:${line}`;
    if (hasUndecodableBytes(text)) {
      records.push(rejected(source, position, "bad-encoding", "the line is not valid UTF-8", text));
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      records.push(rejected(source, position, "unparsable", `not JSON: ${(error as Error).message}`, text));
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      records.push(rejected(source, position, "unparsable", "the line is not a JSON object", text));
      continue;
    }
    records.push(genericRecord(source, position, value as Record<string, unknown>, text));
  }
  return records;
};
