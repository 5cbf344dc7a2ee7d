// Public entry of the API stage: `startApiServer(settings, options)` for the CLI and the `navab demo` orchestrator.
import type { Settings } from "../config/settings.js";
import { connectDatabase } from "../database/connect.js";
import { createApiServer, type ApiServer, type ApiServerOptions } from "./server.js";

export type { ApiServer, ApiServerOptions } from "./server.js";
export { createApiServer } from "./server.js";
export { signToken } from "./authentication.js";
export { DEFAULT_QUERY_LIMITS, type QueryLimits } from "./query-limits.js";

/** Makes sure Neo4j is up and migrated, then serves the API; the JWT secret defaults to NAVAB_JWT_SECRET. */
export async function startApiServer(
  settings: Settings,
  options: Omit<ApiServerOptions, "database"> = {},
  log: (line: string) => void = () => {},
): Promise<ApiServer> {
  const executor = await connectDatabase(settings, { log });
  await executor.close();
  const jwtSecret = options.jwtSecret ?? settings.jwtSecret;
  return createApiServer({ ...options, jwtSecret, database: settings.database });
}
