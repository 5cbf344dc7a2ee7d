// The rows the ingest stage writes to the graph (one shape per cypher/ingest query).
import type { QuarantineReason } from "../../ingest/records.js";

export interface OutletRow {
  id: string;
  name: string;
  kind: string | null;
  country: string;
  language: string | null;
  nation: string | null;
}

export interface ArticleRow {
  id: string;
  outletId: string;
  fileId: string;
  position: string;
  properties: {
    title: string | null;
    text: string;
    language: string;
    languageSource: "declared" | "detected";
    date: string | null;
    url: string | null;
    /** Why the record's URL was dropped (not an absolute http(s) URL), or null. */
    urlDropped: string | null;
    sourceFile: string;
    sourcePosition: string;
    kind: string;
    category: string | null;
    decodedAs: string | null;
  };
}

/** Another record with the text of an Article already in this run: only its provenance edges are written. */
export interface OccurrenceRow {
  id: string;
  outletId: string;
  fileId: string;
  position: string;
}

export interface SpeakerRow {
  articleId: string;
  speakerId: string;
  name: string;
  organizationId: string;
  organizationName: string;
}

export interface AnswerRow {
  answerId: string;
  questionId: string;
}

export interface QuarantineRow {
  id: string;
  file: string;
  position: string;
  reason: QuarantineReason;
  detail: string;
  raw: string;
  format: string;
}

export interface SourceFileRow {
  id: string;
  /** Relative display path (files.ts), never an absolute path of this machine. */
  path: string;
  format: string;
}
