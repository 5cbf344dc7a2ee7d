// Turns reader output into graph rows: resolves nation, outlet and language, normalizes text, computes Article
// ids, merges identical texts within the run, and turns unusable records into quarantine rows.
import type { RawRecord, ReaderOutput, RejectedRecord } from "../../ingest/records.js";
import type { SourceDefaults } from "./corpora-layout.js";
import { detectLanguage } from "./language.js";
import { resolveNation } from "./nations.js";
import type { AnswerRow, ArticleRow, OccurrenceRow, OutletRow, QuarantineRow, SpeakerRow } from "./rows.js";
import { articleId, cleanText, identityText, sha256, slug } from "./text.js";

export interface PreparedFile {
  fileId: string;
  format: string;
  defaults: SourceDefaults;
}

/** Everything one run will write, accumulated file by file. */
export class PreparedRows {
  /** `scope` prefixes every id (Article, Outlet, Speaker) so a benchmark can write a separable copy of a corpus. */
  constructor(readonly scope = "") {}
  scoped(id: string): string {
    return this.scope === "" ? id : `${this.scope}:${id}`;
  }
  readonly outlets = new Map<string, OutletRow>();
  readonly articles = new Map<string, ArticleRow>();
  readonly occurrences: OccurrenceRow[] = [];
  readonly speakers: SpeakerRow[] = [];
  readonly answers: AnswerRow[] = [];
  readonly quarantine: QuarantineRow[] = [];
  /** Nation and outlet name of every accepted record and rejected record, for the summary. */
  readonly tallies: { nation: string; outlet: string; articleId?: string; reason?: string }[] = [];
}

const RAW_LIMIT = 2000;

function reject(
  rows: PreparedRows,
  file: PreparedFile,
  record: Pick<RejectedRecord, "position" | "reason" | "detail" | "raw">,
): void {
  rows.quarantine.push({
    id: sha256(`${file.fileId}\u0000${record.position}\u0000${record.reason}`).slice(0, 32),
    file: file.fileId,
    position: record.position,
    reason: record.reason,
    detail: record.detail,
    raw: record.raw.slice(0, RAW_LIMIT),
    format: file.format,
  });
  rows.tallies.push({
    nation: file.defaults.nation ?? "none",
    outlet: file.defaults.outlet?.name ?? "unknown",
    reason: record.reason,
  });
}

function resolveRecordNation(record: RawRecord, defaults: SourceDefaults): string | null | undefined {
  if (record.outlet?.nation !== undefined) return record.outlet.nation;
  if (record.nation !== undefined) return resolveNation(record.nation);
  return defaults.nation;
}

export function addRecords(rows: PreparedRows, file: PreparedFile, outputs: readonly ReaderOutput[]): void {
  const idsByPosition = new Map<string, string>();
  for (const output of outputs) {
    if (output.type === "rejected") {
      reject(rows, file, output);
      continue;
    }
    const nation = resolveRecordNation(output, file.defaults);
    if (nation === undefined) {
      const detail =
        output.nation === undefined
          ? "no nation: give --nation or a `nation` field"
          : `nation "${output.nation}" is not one of CN, US, GB, FR, DE`;
      reject(rows, file, { position: output.position, reason: "unknown-nation", detail, raw: output.text });
      continue;
    }
    const hint = output.outlet ?? file.defaults.outlet;
    if (hint === undefined) {
      reject(rows, file, {
        position: output.position,
        reason: "missing-field",
        detail: "no outlet: give --outlet or an `outlet` field",
        raw: output.text,
      });
      continue;
    }
    const text = cleanText(output.text);
    if (identityText(text) === "") {
      reject(rows, file, {
        position: output.position,
        reason: "empty-text",
        detail: "the text is only whitespace",
        raw: output.text,
      });
      continue;
    }
    const declared = output.language ?? file.defaults.language;
    const language = declared ?? detectLanguage(text);
    const outletId = rows.scoped(slug(hint.name));
    if (!rows.outlets.has(outletId)) {
      rows.outlets.set(outletId, {
        id: outletId,
        name: hint.name,
        kind: hint.kind ?? null,
        country: hint.country ?? nation ?? "unknown",
        language: file.defaults.language ?? language,
        nation: rows.scope === "" ? nation : null,
      });
    }
    const id = rows.scoped(articleId(text));
    idsByPosition.set(output.position, id);
    rows.tallies.push({ nation: nation ?? "none", outlet: hint.name, articleId: id });
    if (rows.articles.has(id)) {
      rows.occurrences.push({ id, outletId, fileId: file.fileId, position: output.position });
    } else {
      rows.articles.set(id, {
        id,
        outletId,
        fileId: file.fileId,
        position: output.position,
        properties: {
          title: output.title === undefined ? null : cleanText(output.title),
          text,
          language,
          languageSource: declared === undefined ? "detected" : "declared",
          date: output.date ?? null,
          url: output.url ?? null,
          sourceFile: file.fileId,
          sourcePosition: output.position,
          kind: output.kind,
          category: output.category ?? null,
          decodedAs: output.decodedAs ?? null,
        },
      });
    }
    if (output.speaker !== undefined) {
      const organization = file.defaults.outlet ?? hint;
      rows.speakers.push({
        articleId: id,
        speakerId: rows.scoped(`${slug(organization.name)}:${slug(output.speaker)}`),
        name: output.speaker,
        organizationId: slug(organization.name),
        organizationName: organization.name,
      });
    }
    const questionId = output.answers === undefined ? undefined : idsByPosition.get(output.answers);
    if (questionId !== undefined) rows.answers.push({ answerId: id, questionId });
  }
}
