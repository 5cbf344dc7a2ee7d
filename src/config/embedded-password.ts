// The embedded Neo4j's password: 256 random bits kept in NAVAB_HOME/neo4j/password (mode 0600), stored by the
// server manager on the first start, read here so every navab process and test uses it without configuration.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NavabError } from "../shared/errors.js";

/** Where the embedded server's password lives under the navab home. */
export function embeddedPasswordFile(home: string): string {
  return join(home, "neo4j", "password");
}

/** The stored password, or a fresh one (43 base64url characters) that the first server start will store. */
export function embeddedPassword(home: string): string {
  const file = embeddedPasswordFile(home);
  try {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length > 0) return stored;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") throw new NavabError(`settings: cannot read the embedded Neo4j password ${file} (${code})`);
  }
  return randomBytes(32).toString("base64url");
}
