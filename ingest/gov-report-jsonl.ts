// Reader for the Chinese State Council government work reports: JSONL lines {title, url, content}.
import { jsonObjectLine, lineFormat } from "./line-reader.js";
import { rejected, type ReaderOutput } from "./records.js";

const governmentReports = lineFormat({
  start: () => undefined,
  parseLine: (source, position, text): ReaderOutput => {
    const line = jsonObjectLine(source, position, text);
    if ("rejected" in line) return line.rejected;
    const fields = line.object;
    const content = typeof fields.content === "string" ? fields.content.trim() : "";
    if (content === "") return rejected(source, position, "empty-text", "no `content` text", text);
    const title = typeof fields.title === "string" ? fields.title : undefined;
    const year = title === undefined ? undefined : /^(\d{4})年/.exec(title)?.[1];
    return {
      type: "record",
      sourceFile: source.path,
      position,
      text: content,
      kind: "report",
      ...(title === undefined ? {} : { title }),
      ...(year === undefined ? {} : { date: year }),
      ...(typeof fields.url === "string" ? { url: fields.url } : {}),
    };
  },
});

export const readGovernmentReportJsonl = governmentReports.reader;
export const governmentReportLines = governmentReports.lines;
