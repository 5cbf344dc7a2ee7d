// Lists the files under a path (a file, or a folder walked recursively, hidden files skipped), sorted for stable order.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { InputError } from "../shared/errors.js";

export function listFiles(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new InputError(`cannot read ${path}: no such file or folder`);
  }
  if (stats.isFile()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The id of a source file: its path relative to the corpora root when inside it, else its absolute path. */
export function fileId(path: string, root: string): string {
  const inside = relative(root, path);
  return inside.startsWith("..") || inside === "" || root === "/" ? path : inside.split("\\").join("/");
}
