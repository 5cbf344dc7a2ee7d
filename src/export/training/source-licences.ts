// The licence of each source navab's exported rows can come from: the shared corpora and reference sets as listed
// in ../shared/corpora/SOURCES.md (checked against it by a unit test), with the Hugging Face licence id where one
// exists. Rows from a user's own corpus get "unknown": its owner must state the licence before publishing.
export interface SourceLicence {
  source: string;
  what: string;
  licence: string;
  /** Hugging Face `license:` id, when the licence has one. */
  huggingFaceId?: string;
}

const sources: SourceLicence[] = [
  {
    source: "uk-bbc",
    what: "BBC News articles 2004-05 (Greene & Cunningham, ICML 2006)",
    licence: "copyright BBC, research use",
  },
  {
    source: "cn-mfa-press",
    what: "China's Ministry of Foreign Affairs press conferences",
    licence: "public government site, no licence stated",
  },
  {
    source: "cn-gov-reports",
    what: "China's State Council government work reports (Wikisource)",
    licence: "none stated",
  },
  { source: "un-general-debate", what: "UN General Debate speeches (UNGDC)", licence: "CC0", huggingFaceId: "cc0-1.0" },
  {
    source: "de-10kgnad",
    what: "10kGNAD test split (DER STANDARD articles)",
    licence: "CC BY-NC-SA 4.0",
    huggingFaceId: "cc-by-nc-sa-4.0",
  },
  {
    source: "fr-press",
    what: "French-language press on the gilets jaunes (BE, CH)",
    licence: "none stated, research corpus",
  },
  {
    source: "navab-pipeline-samples",
    what: "the NaVAB authors' pipeline outputs (DoinJ/NVA-Pipeline)",
    licence: "MIT",
    huggingFaceId: "mit",
  },
  { source: "probvaa", what: "ProbVAA voting-advice statements", licence: "none stated" },
];

export const SOURCE_LICENCES: Readonly<Record<string, SourceLicence>> = Object.fromEntries(
  sources.map((entry) => [entry.source, entry]),
);

export function licenceOf(source: string | null | undefined): SourceLicence {
  const known = source === null || source === undefined ? undefined : SOURCE_LICENCES[source];
  return (
    known ?? {
      source: source ?? "unknown",
      what: "a corpus navab does not know",
      licence: "unknown: state it before publishing",
    }
  );
}

/** The corpus folder of a SourceFile id (a path relative to the corpora folder); absolute paths are users' own. */
export function sourceOfFile(fileId: string | null): string | null {
  if (fileId === null || fileId.startsWith("/")) return fileId === null ? null : "user-corpus";
  return fileId.split("/")[0] ?? null;
}
