// `ingestPath`: ingests one file or folder in a named format, with the nation/outlet/language the user declares
// (required for the generic formats unless every record names them).
import { resolve } from "node:path";
import { statSync } from "node:fs";
import { FORMATS, isFormatName } from "../../ingest/formats.js";
import { InputError } from "../shared/errors.js";
import { CORPUS_FOLDERS } from "./corpora-layout.js";
import { listFiles } from "./files.js";
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
  /** Source-file ids are relative to this folder when the files are inside it (e.g. settings.corpora), else absolute. */
  root?: string;
}

export async function ingestPath(
  input: IngestPathInput,
  options: Partial<IngestOptions>,
  dependencies: IngestDependencies,
): Promise<IngestSummary> {
  if (!isFormatName(input.format))
    throw new InputError(`unknown format "${input.format}": use one of ${Object.keys(FORMATS).join(", ")}`);
  const format = FORMATS[input.format];
  const path = resolve(input.path);
  const all = listFiles(path);
  const isFolder = statSync(path).isDirectory();
  const files = isFolder ? all.filter((file) => format.accepts(file.slice(path.length + 1))) : all;
  if (files.length === 0) throw new InputError(`no ${input.format} files in ${input.path}`);
  const corpus = Object.values(CORPUS_FOLDERS).find((folder) => folder.format === input.format);
  const defaults = {
    ...(corpus ?? {}),
    ...(input.nation === undefined ? {} : { nation: requireNation(input.nation) }),
    ...(input.outlet === undefined ? {} : { outlet: { name: input.outlet } }),
    ...(input.language === undefined ? {} : { language: input.language }),
  };
  const root = input.root ?? "/";
  return ingestSources([{ files, root, format: input.format, defaults }], options, dependencies, {
    config: { ...input },
  });
}
