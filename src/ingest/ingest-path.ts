// `ingestPath`: ingests one file or folder in a named format, with the nation/outlet/language the user declares
// (required for the generic formats unless every record names them).
import { basename, resolve } from "node:path";
import { statSync } from "node:fs";
import { FORMATS, isFormatName } from "../../ingest/formats.js";
import { InputError } from "../shared/errors.js";
import { CORPUS_FOLDERS } from "./corpora-layout.js";
import { listFiles, sourceFileName } from "./files.js";
import { ingestSources, type IngestDependencies, type IngestOptions } from "./ingest-sources.js";
import { requireNation } from "./nations.js";
import type { IngestSummary } from "./summary.js";

export interface IngestPathInput {
  path: string;
  format: string;
  /** A nation code or name; records that name their own nation keep it. */
  nation?: string;
  /** Outlet name for records that do not name one. */
  outlet?: string;
  /** Declared language (ISO 639-1) for records that do not declare one; otherwise detected. */
  language?: string;
  /**
   * The corpora root (settings.corpora): files inside it are named relative to it; others relative to the folder
   * holding `path` (never by an absolute path).
   */
  root?: string;
}

export async function ingestPath(
  input: IngestPathInput,
  options: Partial<IngestOptions>,
  dependencies: IngestDependencies,
): Promise<IngestSummary> {
  if (!isFormatName(input.format))
    throw new InputError(`ingest: unknown format "${input.format}": use one of ${Object.keys(FORMATS).join(", ")}`);
  const format = FORMATS[input.format];
  if (options.fields !== undefined && !("mapsFields" in format))
    throw new InputError(
      `ingest: field mappings (--text-field, --fields …) apply to generic-jsonl and generic-csv, not ${input.format}`,
    );
  const path = resolve(input.path);
  const all = listFiles(path);
  const isFolder = statSync(path).isDirectory();
  const files = isFolder ? all.filter((file) => format.accepts(file.slice(path.length + 1))) : all;
  if (files.length === 0) throw new InputError(`ingest: no ${input.format} files in ${input.path}`);
  const corpus = Object.values(CORPUS_FOLDERS).find((folder) => folder.format === input.format);
  const defaults = {
    ...(corpus ?? {}),
    ...(input.nation === undefined ? {} : { nation: requireNation(input.nation) }),
    ...(input.outlet === undefined ? {} : { outlet: { name: input.outlet } }),
    ...(input.language === undefined ? {} : { language: input.language }),
  };
  const source = {
    files: files.map((file) => ({ path: file, name: sourceFileName(file, path, input.root) })),
    format: input.format,
    defaults,
  };
  const { path: _path, root: _root, ...declared } = input;
  return ingestSources([source], options, dependencies, {
    config: { ...declared, path: basename(path), ...(options.fields === undefined ? {} : { fields: options.fields }) },
  });
}
