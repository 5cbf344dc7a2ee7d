// Lists the files under a path (a file, or a folder walked recursively, hidden files skipped), sorted for stable order,
// and names each source file without any absolute path of this machine (issue 12 item 9).
import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { basename, dirname, relative, resolve, sep } from "node:path";
import { InputError } from "../shared/errors.js";

export function listFiles(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new InputError(`ingest: cannot read ${path}: no such file or folder`);
  }
  if (stats.isFile()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => resolve(entry.parentPath, entry.name))
    .sort();
}

export interface SourceFileName {
  /** SourceFile id (and Quarantine.file). */
  id: string;
  /** The path shown to users (SourceFile.path, Article.sourceFile): always relative. */
  path: string;
}

const portable = (path: string): string => path.split(sep).join("/");

/**
 * How a source file is named in the graph. Inside the corpora root: its path relative to the root (id and path).
 * Elsewhere: the path relative to the folder that holds what was ingested (`news.jsonl`, `my-corpus/2024/a.csv`), and
 * an id of the file name plus a hash of its absolute path, so two files of the same name stay two SourceFiles.
 */
export function sourceFileName(file: string, ingested: string, corpora?: string): SourceFileName {
  const absolute = resolve(file);
  if (corpora !== undefined) {
    const inside = relative(resolve(corpora), absolute);
    if (inside !== "" && !inside.startsWith("..") && !inside.startsWith(sep))
      return { id: portable(inside), path: portable(inside) };
  }
  const path = portable(relative(dirname(resolve(ingested)), absolute)) || basename(absolute);
  return { id: `${basename(absolute)}#${createHash("sha256").update(absolute).digest("hex").slice(0, 12)}`, path };
}
