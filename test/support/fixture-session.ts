// Lifecycle shared by the conflict integration tests: one executor per test file (opened before its tests,
// closed after them) and every fixture run the file tracked deleted at the end. `executor` forwards to the
// connection opened in before(), so test files can use it as a plain module-level constant.
import { after, before } from "node:test";
import { deleteFixture } from "./conflicts/fixture-graph.js";
import type { CypherExecutor } from "../../src/database/executor.js";
import { openTestDatabase } from "./database.js";

export interface FixtureSession {
  executor: CypherExecutor;
  /** Fixture runs to delete after the file's tests. */
  track(...runIds: string[]): void;
}

export function fixtureSession(): FixtureSession {
  let connection: CypherExecutor | undefined;
  const runIds: string[] = [];
  before(async () => {
    connection = await openTestDatabase();
  });
  after(async () => {
    if (connection === undefined) return;
    for (const runId of runIds) await deleteFixture(connection, runId);
    await connection.close();
  });
  const executor = new Proxy({} as CypherExecutor, {
    get(_target, key) {
      if (connection === undefined) throw new Error("the test database is opened in before(); use it inside tests");
      const value: unknown = Reflect.get(connection, key);
      return typeof value === "function" ? value.bind(connection) : value;
    },
  });
  return { executor, track: (...ids) => runIds.push(...ids) };
}
