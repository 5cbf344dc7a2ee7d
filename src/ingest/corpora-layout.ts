// Which reader and which defaults each folder of the shared corpora gets (see ../shared/corpora/SOURCES.md).
// Mapping decisions: 10kGNAD is DER STANDARD (Vienna), recorded as an Outlet with country "AT" but counted as German-
// language news for Germany (DE); the fr-press outlets are Belgian and Swiss (country "BE"/"CH" on the Outlet) and
// count as French-language press for France (FR); UN speeches count for the nation in the file name, published by
// that nation's UN delegation; MFA answers and statements are China's, questions belong to the reporter's outlet.
import type { OutletHint } from "../../ingest/records.js";
import type { FormatName } from "../../ingest/formats.js";

export interface SourceDefaults {
  /** Nation of records that do not say otherwise (null: none of the five). */
  nation?: string | null;
  outlet?: OutletHint;
  language?: string;
}

export interface CorpusFolder extends SourceDefaults {
  format: FormatName;
}

export const MFA_OUTLET: OutletHint = {
  name: "Ministry of Foreign Affairs (China)",
  kind: "government",
  country: "CN",
};

export const CORPUS_FOLDERS: Readonly<Record<string, CorpusFolder>> = {
  "uk-bbc": {
    format: "bbc-text",
    nation: "GB",
    outlet: { name: "BBC News", kind: "public", country: "GB" },
    language: "en",
  },
  "cn-mfa-press": { format: "mfa-press-html", nation: "CN", outlet: MFA_OUTLET, language: "zh" },
  "cn-gov-reports": {
    format: "gov-report-jsonl",
    nation: "CN",
    outlet: { name: "State Council (China)", kind: "government", country: "CN" },
    language: "zh",
  },
  "un-general-debate": { format: "un-debate-text", language: "en" },
  "de-10kgnad": {
    format: "gnad-csv",
    nation: "DE",
    outlet: { name: "DER STANDARD", kind: "private", country: "AT" },
    language: "de",
  },
  "fr-press": { format: "french-doc-xml", nation: "FR", language: "fr" },
};
