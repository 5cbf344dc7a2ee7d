// Issue 12 item 1: any web page can open a WebSocket to the embedded Neo4j's Bolt port on 127.0.0.1 (Neo4j upgrades
// regardless of Origin). Before the fix, HELLO/LOGON with scheme "none" succeeded and LOAD CSV returned
// /etc/passwd. Now a login without the generated password is refused, and even with it file URLs are refused.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { loadSettings } from "../../src/config/settings.js";
import { QueryFiles } from "../../src/database/query-files.js";
import { openBolt, upgradeToWebSocket, type BoltReply } from "../support/bolt-websocket.js";
import { openTestDatabase } from "../support/database.js";

const message = { hello: 0x01, logon: 0x6a, run: 0x10, pull: 0x3f };
const settings = loadSettings();
const skip = settings.database.embedded ? false : "NEO4J_URI is set: these tests attack the embedded server";

interface AttackOutcome {
  upgrade: number;
  logon: string;
  rows: unknown[];
  failure: string | undefined;
}

function summary(replies: BoltReply[]): string {
  const last = replies.at(-1);
  const code = (last?.data as { code?: string } | undefined)?.code;
  return code === undefined ? String(last?.kind) : `${last?.kind} ${code}`;
}

/** What a hostile page does: upgrade with its Origin, HELLO, LOGON with `auth`, LOAD CSV the password file. */
async function attack(auth: Record<string, string>): Promise<AttackOutcome> {
  const port = settings.embeddedServer.port;
  const { status, socket } = await upgradeToWebSocket(port, "http://evil.example");
  const outcome: AttackOutcome = { upgrade: status, logon: "no upgrade", rows: [], failure: undefined };
  if (socket === undefined) return outcome;
  const bolt = await openBolt(socket);
  try {
    await bolt.exchange(message.hello, [{ user_agent: "evil-page/1.0", bolt_agent: { product: "evil-page/1.0" } }]);
    const logon = await bolt.exchange(message.logon, [auth]);
    outcome.logon = summary(logon);
    if (logon.at(-1)?.kind !== "SUCCESS") return outcome;
    const query = new QueryFiles().text("testing/security/load-csv-url");
    const run = await bolt.exchange(message.run, [query, { url: "file:///etc/passwd" }, {}]);
    const replies =
      run.at(-1)?.kind === "SUCCESS" ? [...run, ...(await bolt.exchange(message.pull, [{ n: -1 }]))] : run;
    outcome.rows = replies.filter((reply) => reply.kind === "RECORD").map((reply) => reply.data);
    outcome.failure = replies.at(-1)?.kind === "SUCCESS" ? undefined : summary(replies);
    return outcome;
  } finally {
    bolt.close();
  }
}

const basic = (credentials: string) => ({ scheme: "basic", principal: "neo4j", credentials });

before(async () => {
  if (skip === false) await (await openTestDatabase()).close();
});

test("a foreign page's WebSocket login without credentials is refused", { skip }, async () => {
  const outcome = await attack({ scheme: "none" });
  assert.deepEqual(outcome, {
    upgrade: 101,
    logon: "FAILURE Neo.ClientError.Security.Unauthorized",
    rows: [],
    failure: undefined,
  });
});

test("wrong and default passwords are refused, and cannot lock navab out", { skip }, async () => {
  for (const password of ["neo4j", "password", "wrong-1", "wrong-2"]) {
    const outcome = await attack(basic(password));
    assert.equal(outcome.logon, "FAILURE Neo.ClientError.Security.Unauthorized", `password '${password}'`);
    assert.deepEqual(outcome.rows, []);
  }
  assert.equal((await attack(basic(settings.database.password))).logon, "SUCCESS");
});

test("with the real password, LOAD CSV still cannot read a file URL", { skip }, async () => {
  const outcome = await attack(basic(settings.database.password));
  assert.deepEqual(outcome, {
    upgrade: 101,
    logon: "SUCCESS",
    rows: [],
    failure: "FAILURE Neo.ClientError.Statement.ExternalResourceFailed",
  });
});
