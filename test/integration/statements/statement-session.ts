// Lifecycle shared by the statement pipeline's integration tests: one executor and one scripted OpenAI-compatible
// server per test file (opened before its tests), the file's articles seeded under its test id, and only its own
// nodes deleted at the end.
import { after, before } from "node:test";
import type { CypherExecutor } from "../../../src/database/executor.js";
import { openTestDatabase } from "../../support/database.js";
import {
  startScriptedServer,
  type ScriptedHandler,
  type ScriptedServer,
} from "../../support/scripted-openai-server.js";

export interface SeededArticle {
  id: string;
  kind: string;
  title: string;
  text: string;
  topics?: string[];
  topicLabel?: string;
  /** Topic.size of its topics (the selection orders by it) and its IN_TOPIC probability (default 1). */
  topicSize?: number;
  probability?: number;
}

export interface StatementSession {
  readonly executor: CypherExecutor;
  readonly server: ScriptedServer;
}

export function statementSession(seed: {
  testId: string;
  nation: string;
  speakerName: string;
  articles: SeededArticle[];
  handler: ScriptedHandler;
}): StatementSession {
  let executor: CypherExecutor | undefined;
  let server: ScriptedServer | undefined;
  before(async () => {
    executor = await openTestDatabase();
    server = await startScriptedServer({ handler: seed.handler });
    const { testId, nation, speakerName, articles } = seed;
    await executor.write("testing/statements/seed", { testId, nation, language: "zh", speakerName, articles });
  });
  after(async () => {
    await executor?.write("testing/statements/delete-run", { testId: seed.testId });
    await executor?.close();
    await server?.close();
  });
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the statement session opens in before(); use it inside tests");
    return value;
  };
  return {
    get executor() {
      return opened(executor);
    },
    get server() {
      return opened(server);
    },
  };
}
