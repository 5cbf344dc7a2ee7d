// The one way navab talks to Neo4j: named `.cypher` files, `$parameters` only, read/write routing, domain errors.
import neo4j, { type Driver } from "neo4j-driver";
import type { DatabaseSettings } from "../config/settings.js";
import { QueryFiles, splitStatements } from "./query-files.js";
import { translateDatabaseError } from "./translate-error.js";
import { recordToObject } from "./values.js";

export type Parameters = Record<string, unknown>;

export interface BatchOptions {
  /** Rows per transaction (default 1,000); each batch is sent as `$rows` to an UNWIND query. */
  batchSize?: number;
  /** Extra parameters sent with every batch. */
  parameters?: Parameters;
  /** Called after each batch with the number of rows written so far. */
  onBatch?: (written: number) => void;
}

export interface CypherExecutor {
  readonly uri: string;
  /** Runs a read query (routed to readers in a cluster) and returns plain rows. */
  read<Row = Parameters>(query: string, parameters?: Parameters): Promise<Row[]>;
  /** Runs a write query in one retried transaction and returns plain rows. */
  write<Row = Parameters>(query: string, parameters?: Parameters): Promise<Row[]>;
  /** Runs every `;`-terminated statement of a script file in order, each in its own transaction. */
  writeScript(query: string, parameters?: Parameters): Promise<void>;
  /** Writes `rows` in batches through an UNWIND query that reads `$rows`; returns the rows of every batch. */
  writeBatches<Row = Parameters>(query: string, rows: readonly unknown[], options?: BatchOptions): Promise<Row[]>;
  /** Fails fast with a domain error when the server cannot be reached or refuses the credentials. */
  verifyConnectivity(): Promise<void>;
  close(): Promise<void>;
}

/** Opens a driver for the settings (any bolt://, neo4j://, neo4j+s:// URI) and wraps it in an executor. */
export function openExecutor(settings: DatabaseSettings, queries = new QueryFiles()): CypherExecutor {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    connectionAcquisitionTimeout: 60_000,
    maxTransactionRetryTime: 30_000,
    userAgent: "navab/0.1",
  });
  return createExecutor(driver, settings, queries);
}

export function createExecutor(driver: Driver, settings: DatabaseSettings, queries: QueryFiles): CypherExecutor {
  const database = settings.database;
  const run = async <Row>(name: string, parameters: Parameters, routing: "READ" | "WRITE"): Promise<Row[]> => {
    const text = queries.text(name);
    try {
      const result = await driver.executeQuery(text, parameters, {
        routing: routing === "READ" ? neo4j.routing.READ : neo4j.routing.WRITE,
        ...(database === undefined ? {} : { database }),
      });
      return result.records.map((record) => recordToObject<Row>(record));
    } catch (error) {
      throw translateDatabaseError(error, name, settings.uri);
    }
  };
  return {
    uri: settings.uri,
    read: (name, parameters = {}) => run(name, parameters, "READ"),
    write: (name, parameters = {}) => run(name, parameters, "WRITE"),
    async writeScript(name: string, parameters: Parameters = {}): Promise<void> {
      for (const statement of splitStatements(queries.text(name))) {
        try {
          await driver.executeQuery(statement, parameters, database === undefined ? {} : { database });
        } catch (error) {
          throw translateDatabaseError(error, name, settings.uri);
        }
      }
    },
    async writeBatches<Row>(name: string, rows: readonly unknown[], options: BatchOptions = {}): Promise<Row[]> {
      const size = options.batchSize ?? 1000;
      const results: Row[] = [];
      for (let start = 0; start < rows.length; start += size) {
        const batch = rows.slice(start, start + size);
        results.push(...(await run<Row>(name, { ...options.parameters, rows: batch }, "WRITE")));
        options.onBatch?.(Math.min(start + size, rows.length));
      }
      return results;
    },
    async verifyConnectivity(): Promise<void> {
      try {
        await driver.getServerInfo(database === undefined ? {} : { database });
      } catch (error) {
        throw translateDatabaseError(error, "connectivity check", settings.uri);
      }
    },
    close: () => driver.close(),
  };
}
