// Every input format navab reads, by name: its reader and which files of a folder belong to it.
import { readBbcText } from "./bbc-text.js";
import { readFrenchDocXml } from "./french-doc-xml.js";
import { readGenericCsv } from "./generic-csv.js";
import { readGenericJsonl } from "./generic-jsonl.js";
import { readGnadCsv } from "./gnad-csv.js";
import { readGovernmentReportJsonl } from "./gov-report-jsonl.js";
import { readMfaPressHtml } from "./mfa-press-html.js";
import type { Reader } from "./records.js";
import { readUnDebateText } from "./un-debate-text.js";

export interface CorpusFormat {
  reader: Reader;
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
    accepts: extension("jsonl"),
    description: "JSONL {title, url, content}",
  },
  "un-debate-text": {
    reader: readUnDebateText,
    accepts: extension("txt"),
    description: "UN General Debate NATION_SESSION_YEAR.txt",
  },
  "gnad-csv": { reader: readGnadCsv, accepts: extension("csv"), description: "10kGNAD label;'text' lines" },
  "french-doc-xml": {
    reader: readFrenchDocXml,
    accepts: extension("xml"),
    description: "<doc title=.. source=..>text</doc> records",
  },
  "generic-jsonl": {
    reader: readGenericJsonl,
    accepts: extension("jsonl"),
    description: "one JSON object per line: text (+ title, date, url, language, nation, outlet, kind, category)",
  },
  "generic-csv": {
    reader: readGenericCsv,
    accepts: extension("csv"),
    description: "CSV with a header row, same columns as generic-jsonl",
  },
} satisfies Record<string, CorpusFormat>;

export type FormatName = keyof typeof FORMATS;

export const isFormatName = (name: string): name is FormatName => Object.hasOwn(FORMATS, name);
