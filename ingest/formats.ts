// Every input format navab reads, by name: its whole-file reader, its line-by-line parser when records are lines
// (the stage streams those files in bounded memory), and which files of a folder belong to it.
import { readBbcText } from "./bbc-text.js";
import { readFrenchDocXml } from "./french-doc-xml.js";
import { genericCsvLines, readGenericCsv } from "./generic-csv.js";
import { genericJsonlLines, readGenericJsonl } from "./generic-jsonl.js";
import { gnadLines, readGnadCsv } from "./gnad-csv.js";
import { governmentReportLines, readGovernmentReportJsonl } from "./gov-report-jsonl.js";
import { readMfaPressHtml } from "./mfa-press-html.js";
import type { LineParserFactory, Reader } from "./records.js";
import { readUnDebateText } from "./un-debate-text.js";

export interface CorpusFormat {
  reader: Reader;
  /** Set for line formats: records are parsed line by line from a stream, so the file size is not capped. */
  lines?: LineParserFactory;
  /** Set for the generic formats: the reader takes a field mapping and guesses unmapped fields. */
  mapsFields?: true;
  /** Which files (path relative to the folder given) this format reads when handed a folder. */
  accepts: (relativePath: string) => boolean;
  description: string;
}

const extension = (name: string) => (path: string) => path.toLowerCase().endsWith(`.${name}`);

export const FORMATS = {
  "bbc-text": {
    reader: readBbcText,
    accepts: (path) => /(^|\/)[^/]+\/[^/]+\.txt$/.test(path),
    description: "BBC folders: <category>/<n>.txt, title on line 1",
  },
  "mfa-press-html": {
    reader: readMfaPressHtml,
    accepts: extension("html"),
    description: "Chinese MFA press-conference pages",
  },
  "gov-report-jsonl": {
    reader: readGovernmentReportJsonl,
    lines: governmentReportLines,
    accepts: extension("jsonl"),
    description: "JSONL {title, url, content}",
  },
  "un-debate-text": {
    reader: readUnDebateText,
    accepts: extension("txt"),
    description: "UN General Debate NATION_SESSION_YEAR.txt",
  },
  "gnad-csv": {
    reader: readGnadCsv,
    lines: gnadLines,
    accepts: extension("csv"),
    description: "10kGNAD label;'text' lines",
  },
  "french-doc-xml": {
    reader: readFrenchDocXml,
    accepts: extension("xml"),
    description: "<doc title=.. source=..>text</doc> records",
  },
  "generic-jsonl": {
    reader: readGenericJsonl,
    lines: genericJsonlLines,
    mapsFields: true,
    accepts: extension("jsonl"),
    description:
      "one JSON object per line: text (+ title, date, url, language, nation, outlet, kind, category; other names mapped or guessed)",
  },
  "generic-csv": {
    reader: readGenericCsv,
    lines: genericCsvLines,
    mapsFields: true,
    accepts: extension("csv"),
    description: "CSV with a header row, same columns as generic-jsonl",
  },
} satisfies Record<string, CorpusFormat>;

export type FormatName = keyof typeof FORMATS;

export const isFormatName = (name: string): name is FormatName => Object.hasOwn(FORMATS, name);
