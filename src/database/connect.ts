// Opens a ready-to-use executor: starts the embedded server when NEO4J_URI is unset (logging in with the password
// it keeps in NAVAB_HOME), checks APOC, migrates once.
import { mkdirSync } from "node:fs";
import { embeddedPasswordFile } from "../config/embedded-password.js";
import type { Settings } from "../config/settings.js";
import { DatabaseAuthenticationError, DatabaseError } from "./errors.js";
import { openExecutor, type CypherExecutor } from "./executor.js";
import { migrate } from "./migrations.js";
import { withFileLock } from "./server/file-lock.js";
import { startServer } from "./server/manager.js";

/** APOC functions @neo4j/graphql 7 requires on the server. */
export const requiredApocFunctions = ["apoc.util.validatePredicate", "apoc.date.convertFormat"];

export interface ConnectOptions {
  log?: (line: string) => void;
  /** Skip the APOC check (e.g. tools that only read counts). */
  skipApocCheck?: boolean;
}

/** Connects to the configured Neo4j (embedded or external) with the schema migrated. */
export async function connectDatabase(settings: Settings, options: ConnectOptions = {}): Promise<CypherExecutor> {
  mkdirSync(settings.home, { recursive: true });
  if (settings.database.embedded) await startServer(settings, options.log);
  const executor = openExecutor(settings.database);
  try {
    await executor.verifyConnectivity().catch((error: unknown) => {
      if (!(settings.database.embedded && error instanceof DatabaseAuthenticationError)) throw error;
      throw new DatabaseAuthenticationError(
        `the embedded Neo4j refused the password in ${embeddedPasswordFile(settings.home)} (was the file replaced ` +
          `while the server ran?); run 'navab db stop' then 'navab db start' to apply it`,
        undefined,
        { cause: error },
      );
    });
    if (!options.skipApocCheck) {
      const [row] = await executor.read<{ present: string[] }>("schema/apoc-functions", {
        names: requiredApocFunctions,
      });
      const missing = requiredApocFunctions.filter((name) => !row?.present.includes(name));
      if (missing.length > 0) {
        throw new DatabaseError(
          `Neo4j at ${settings.database.uri} lacks APOC functions ${missing.join(", ")}; install APOC Core 5.26 ` +
            `(the embedded server ships it)`,
        );
      }
    }
    const applied = await withFileLock(`${settings.home}/migrations.lock`, () => migrate(executor));
    if (applied.length > 0) options.log?.(`applied schema migrations: ${applied.join(", ")}`);
    return executor;
  } catch (error) {
    await executor.close();
    throw error;
  }
}
