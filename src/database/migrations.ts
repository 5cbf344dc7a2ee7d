// Applies the versioned schema migrations in `cypher/migrations/NNN-name.cypher`, each once, in order.
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { fromRepository } from "../config/paths.js";
import type { CypherExecutor } from "./executor.js";
import { QueryFiles } from "./query-files.js";
import { integer } from "./values.js";

export interface Migration {
  version: number;
  name: string;
}

/** The migration files found, ordered by version. */
export function listMigrations(folder = fromRepository("cypher", "migrations")): Migration[] {
  return readdirSync(folder)
    .map((file) => /^(\d{3})-([a-z0-9-]+)\.cypher$/.exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ version: Number(match[1]), name: `migrations/${match[1]}-${match[2]}` }))
    .sort((left, right) => left.version - right.version);
}

/** Applies every migration newer than the recorded ones; re-applies none. Returns the names applied. */
export async function migrate(executor: CypherExecutor, queries = new QueryFiles()): Promise<string[]> {
  const applied = await executor.read<{ version: number }>("schema/applied-migrations");
  const done = new Set(applied.map((row) => row.version));
  const names: string[] = [];
  for (const migration of listMigrations()) {
    if (done.has(migration.version)) continue;
    await executor.writeScript(migration.name);
    const checksum = createHash("sha256").update(queries.text(migration.name)).digest("hex");
    await executor.write("schema/record-migration", {
      version: integer(migration.version),
      name: migration.name,
      checksum,
    });
    names.push(migration.name);
  }
  return names;
}
