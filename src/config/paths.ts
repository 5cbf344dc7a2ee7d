// Where navab keeps its files: the repository root, the data home (.navab/) and the shared corpora folder.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (the folder holding package.json, cypher/, schema/). */
export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Resolves a path relative to the repository root. */
export function fromRepository(...parts: string[]): string {
  return resolve(repositoryRoot, ...parts);
}
