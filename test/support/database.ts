// Integration-test access to the real Neo4j the project manages: one executor per test file, unique run ids.
import { randomUUID } from "node:crypto";
import { loadSettings } from "../../src/config/settings.js";
import { connectDatabase } from "../../src/database/connect.js";
import type { CypherExecutor } from "../../src/database/executor.js";

/**
 * Connects (starting the embedded server if NEO4J_URI is unset) with the schema migrated. The embedded server's
 * generated password comes from NAVAB_HOME/neo4j/password through the settings; nothing to configure.
 */
export function openTestDatabase(): Promise<CypherExecutor> {
  return connectDatabase(loadSettings());
}

/** A run id unique to one test, so tests sharing the database never touch each other's data. */
export function uniqueRunId(prefix: string): string {
  return `test-${prefix}-${randomUUID().slice(0, 8)}`;
}
