// What `navab ingest --dry-run` shows before anything is written: the first records as they would land (text start,
// title, date, url, language, nation, outlet) and the first quarantined records with their reasons.
import type { ArticleRow } from "./rows.js";

export interface PreviewRecord {
  file: string;
  position: string;
  nation: string | null;
  outlet: string;
  kind: string;
  title: string | null;
  /** The first characters of the text. */
  text: string;
  date: string | null;
  url: string | null;
  urlDropped: string | null;
  language: string;
  languageSource: string;
  decodedAs: string | null;
}

export interface PreviewQuarantine {
  file: string;
  position: string;
  reason: string;
  detail: string;
}

const TEXT_START = 160;

export function previewOf(
  properties: ArticleRow["properties"],
  where: { file: string; nation: string | null; outlet: string },
): PreviewRecord {
  return {
    ...where,
    position: properties.sourcePosition,
    kind: properties.kind,
    title: properties.title,
    text: properties.text.slice(0, TEXT_START).replace(/\s+/g, " "),
    date: properties.date,
    url: properties.url,
    urlDropped: properties.urlDropped,
    language: properties.language,
    languageSource: properties.languageSource,
    decodedAs: properties.decodedAs,
  };
}

/** The preview as printable lines. */
export function formatPreview(preview: { records: PreviewRecord[]; quarantined: PreviewQuarantine[] }): string[] {
  const lines = [`first ${preview.records.length} records as they would land:`];
  for (const record of preview.records) {
    lines.push(
      `  ${record.file} ${record.position}: ${record.kind}, nation ${record.nation ?? "none"}, outlet ${record.outlet}`,
    );
    lines.push(`    title    ${record.title ?? "(none)"}`);
    lines.push(`    text     ${record.text}${record.text.length >= TEXT_START ? "…" : ""}`);
    lines.push(`    date     ${record.date ?? "(none)"}`);
    lines.push(
      `    url      ${record.url ?? (record.urlDropped === null ? "(none)" : `(dropped: ${record.urlDropped})`)}`,
    );
    lines.push(
      `    language ${record.language} (${record.languageSource})${record.decodedAs === null ? "" : `, decoded as ${record.decodedAs}`}`,
    );
  }
  lines.push(
    preview.quarantined.length === 0
      ? "nothing would be quarantined"
      : `first ${preview.quarantined.length} records that would be quarantined:`,
  );
  for (const entry of preview.quarantined)
    lines.push(`  ${entry.file} ${entry.position}: ${entry.reason} — ${entry.detail}`);
  return lines;
}
