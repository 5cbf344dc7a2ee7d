// Turns reader output into graph rows one record at a time: resolves nation, outlet and language, checks the record's
// size and URL, normalizes text, computes Article and Outlet ids, and turns unusable records into quarantine rows,
// all into the current batch of the run's PreparedRows (prepared-rows.ts).
import type { RawRecord, ReaderOutput, RejectedRecord } from "../../ingest/records.js";
import type { SourceDefaults } from "./corpora-layout.js";
import { detectLanguage } from "../text/language.js";
import { resolveNation } from "./nations.js";
import { outletId } from "./outlets.js";
import type { PreparedFile, PreparedRows } from "./prepared-rows.js";
import { articleId, cleanText, identityText, sha256, slug } from "../text/normalize.js";
import { checkedUrl } from "./urls.js";
import { previewOf } from "./preview.js";

const RAW_LIMIT = 2000;

function reject(
  rows: PreparedRows,
  file: PreparedFile,
  record: Pick<RejectedRecord, "position" | "reason" | "detail" | "raw">,
): void {
  rows.batch.quarantine.push({
    id: sha256(`${file.id}\u0000${record.position}\u0000${record.reason}`).slice(0, 32),
    file: file.id,
    position: record.position,
    reason: record.reason,
    detail: record.detail,
    raw: record.raw.slice(0, RAW_LIMIT),
    format: file.format,
  });
  rows.batch.tallies.push({
    nation: file.defaults.nation ?? "none",
    outlet: file.defaults.outlet?.name ?? "unknown",
    reason: record.reason,
  });
  if (rows.preview.quarantined.length < rows.limits.previewQuarantined)
    rows.preview.quarantined.push({
      file: file.path,
      position: record.position,
      reason: record.reason,
      detail: record.detail,
    });
}

function resolveRecordNation(record: RawRecord, defaults: SourceDefaults): string | null | undefined {
  if (record.outlet?.nation !== undefined) return record.outlet.nation;
  if (record.nation !== undefined) return resolveNation(record.nation);
  return defaults.nation;
}

/** Why a record cannot become an Article (nation, outlet, size, empty text), or undefined. */
function recordProblem(rows: PreparedRows, file: PreparedFile, record: RawRecord, nation: string | null | undefined) {
  if (nation === undefined) {
    const detail =
      record.nation === undefined
        ? "no nation: give --nation or a `nation` field"
        : `nation "${record.nation}" is not one of CN, US, GB, FR, DE`;
    return { reason: "unknown-nation" as const, detail };
  }
  if ((record.outlet ?? file.defaults.outlet) === undefined)
    return { reason: "missing-field" as const, detail: "no outlet: give --outlet or an `outlet` field" };
  const bytes = Buffer.byteLength(record.text);
  if (bytes > rows.limits.maximumRecordBytes)
    return {
      reason: "too-large" as const,
      detail: `the record's text is ${bytes} bytes, more than the cap of ${rows.limits.maximumRecordBytes} (maximumRecordBytes)`,
    };
  return undefined;
}

export function addRecord(rows: PreparedRows, file: PreparedFile, output: ReaderOutput): void {
  if (output.type === "rejected") return reject(rows, file, output);
  const nation = resolveRecordNation(output, file.defaults);
  const problem = recordProblem(rows, file, output, nation);
  const hint = output.outlet ?? file.defaults.outlet;
  if (problem !== undefined || nation === undefined || hint === undefined)
    return reject(rows, file, {
      position: output.position,
      ...(problem ?? { reason: "unparsable", detail: "" }),
      raw: output.text,
    });
  const text = cleanText(output.text);
  if (identityText(text) === "")
    return reject(rows, file, {
      position: output.position,
      reason: "empty-text",
      detail: "the text is only whitespace",
      raw: output.text,
    });
  const declared = output.language ?? file.defaults.language;
  const language = declared ?? detectLanguage(text);
  const outlet = rows.scoped(outletId(hint.name, nation));
  if (!rows.outletIds.has(outlet)) {
    rows.outletIds.add(outlet);
    rows.batch.outlets.push({
      id: outlet,
      name: hint.name,
      kind: hint.kind ?? null,
      country: hint.country ?? nation ?? "unknown",
      language: file.defaults.language ?? language,
      nation: rows.scope === "" ? nation : null,
    });
  }
  const id = rows.scoped(articleId(text));
  if (output.kind === "question") file.questions.set(output.position, id);
  const duplicate = rows.seen(id);
  rows.batch.tallies.push({ nation: nation ?? "none", outlet: hint.name, articleId: id, duplicate });
  if (duplicate) {
    rows.batch.occurrences.push({ id, outletId: outlet, fileId: file.id, position: output.position });
  } else {
    const url = checkedUrl(output.url);
    const title = output.title === undefined ? null : cleanText(output.title);
    const properties = {
      title,
      text,
      language,
      languageSource: declared === undefined ? ("detected" as const) : ("declared" as const),
      date: output.date ?? null,
      url: url.url,
      urlDropped: url.dropped,
      sourceFile: file.path,
      sourcePosition: output.position,
      kind: output.kind,
      category: output.category ?? null,
      decodedAs: output.decodedAs ?? null,
    };
    rows.batch.articles.push({ id, outletId: outlet, fileId: file.id, position: output.position, properties });
    rows.batch.textBytes += Buffer.byteLength(text);
    if (rows.preview.records.length < rows.limits.previewRecords)
      rows.preview.records.push(previewOf(properties, { file: file.path, nation, outlet: hint.name }));
  }
  if (output.speaker !== undefined) {
    const organization = file.defaults.outlet ?? hint;
    rows.batch.speakers.push({
      articleId: id,
      speakerId: rows.scoped(`${slug(organization.name)}:${slug(output.speaker)}`),
      name: output.speaker,
      organizationId: slug(organization.name),
      organizationName: organization.name,
    });
  }
  const questionId = output.answers === undefined ? undefined : file.questions.get(output.answers);
  if (questionId !== undefined) rows.batch.answers.push({ answerId: id, questionId });
}

/** Adds every output of one file (tests; the stage adds them one at a time as they stream in). */
export function addRecords(rows: PreparedRows, file: PreparedFile, outputs: Iterable<ReaderOutput>): void {
  for (const output of outputs) addRecord(rows, file, output);
}
