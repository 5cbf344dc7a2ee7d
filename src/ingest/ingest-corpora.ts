// `ingestCorpora`: ingests every known folder of a corpora root (settings.corpora) with its reader and defaults
// (corpora-layout.ts); unknown folders are listed in the summary, not read.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { FORMATS } from "../../ingest/formats.js";
import { InputError } from "../shared/errors.js";
import { CORPUS_FOLDERS } from "./corpora-layout.js";
import { listFiles, sourceFileName } from "./files.js";
import { ingestSources, type IngestDependencies, type IngestOptions, type Source } from "./ingest-sources.js";
import type { IngestSummary } from "./summary.js";

export interface IngestCorporaInput {
  root: string;
  /** Only these folders (default: every known folder present). */
  folders?: string[];
}

export async function ingestCorpora(
  input: IngestCorporaInput,
  options: Partial<IngestOptions>,
  dependencies: IngestDependencies,
): Promise<IngestSummary> {
  let present: string[];
  try {
    present = readdirSync(input.root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    throw new InputError(`ingest: cannot read the corpora folder ${input.root} (set NAVAB_CORPORA)`);
  }
  const wanted = input.folders ?? present;
  const unknown = wanted.filter((name) => !present.includes(name));
  if (unknown.length > 0)
    throw new InputError(`ingest: no such corpora folder: ${unknown.join(", ")} in ${input.root}`);
  const sources: Source[] = [];
  const skippedFolders: string[] = [];
  for (const name of wanted) {
    const folder = CORPUS_FOLDERS[name];
    if (folder === undefined) {
      skippedFolders.push(name);
      continue;
    }
    const path = join(input.root, name);
    const files = listFiles(path)
      .filter((file) => FORMATS[folder.format].accepts(file.slice(path.length + 1)))
      .map((file) => ({ path: file, name: sourceFileName(file, path, input.root) }));
    const { format, ...defaults } = folder;
    sources.push({ files, format, defaults });
  }
  return ingestSources(sources, options, dependencies, {
    config: { folders: wanted },
    skippedFolders,
  });
}
