// Loads `cypher/<name>.cypher` files by name, once, so no query is ever built from strings in code.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fromRepository } from "../config/paths.js";
import { QueryNotFoundError } from "./errors.js";

const validName = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;

/** A cache of query texts read from a folder of `.cypher` files. */
export class QueryFiles {
  private readonly texts = new Map<string, string>();

  constructor(readonly root: string = fromRepository("cypher")) {}

  /** The text of `cypher/<name>.cypher`, e.g. `ingest/merge-articles`. */
  text(name: string): string {
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    if (!validName.test(name)) throw new QueryNotFoundError(`'${name}' is not a valid query name`, name);
    let text: string;
    try {
      text = readFileSync(join(this.root, `${name}.cypher`), "utf8");
    } catch {
      throw new QueryNotFoundError(`no query file cypher/${name}.cypher`, name);
    }
    this.texts.set(name, text);
    return text;
  }
}

/** Splits a script into statements at `;` line ends, dropping `//` comment lines and blanks. */
export function splitStatements(script: string): string[] {
  const lines = script.split("\n").filter((line) => !line.trim().startsWith("//"));
  return lines
    .join("\n")
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
