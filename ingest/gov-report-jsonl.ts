// Reader for the Chinese State Council government work reports: JSONL lines {title, url, content}.
import { decodeLossy, hasUndecodableBytes, numberedLines } from "./decode.js";
import { rejected, type Reader, type ReaderOutput } from "./records.js";

export const readGovernmentReportJsonl: Reader = (source) => {
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
    const fields = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
    const content = typeof fields.content === "string" ? fields.content.trim() : "";
    if (content === "") {
      records.push(rejected(source, position, "empty-text", "no `content` text", text));
      continue;
    }
    const title = typeof fields.title === "string" ? fields.title : undefined;
    const year = title === undefined ? undefined : /^(\d{4})年/.exec(title)?.[1];
    records.push({
      type: "record",
      sourceFile: source.path,
      position,
      text: content,
      kind: "report",
      ...(title === undefined ? {} : { title }),
      ...(year === undefined ? {} : { date: year }),
      ...(typeof fields.url === "string" ? { url: fields.url } : {}),
    });
  }
  return records;
};
