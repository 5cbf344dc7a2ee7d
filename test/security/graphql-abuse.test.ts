// Issue 12 item 2: one anonymous GraphQL request must not block the server. Each abusive shape from the issue is
// refused quickly with HTTP 400 and a clear code (never 500), and one client cannot take every database slot.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createApiServer, type ApiServer } from "../../src/api/server.js";
import { loadSettings } from "../../src/config/settings.js";
import { errorCode, rawRequest } from "./security-fixture.js";

let server: ApiServer;
let narrow: ApiServer;

before(async () => {
  server = await createApiServer({ database: loadSettings().database, port: 0 });
  const limits = { perClientConcurrency: 1, perClientQueue: 1 };
  narrow = await createApiServer({ database: loadSettings().database, port: 0, limits });
});

after(async () => {
  await server?.stop();
  await narrow?.stop();
});

const post = (query: string) => rawRequest(server.url, { body: { query } });

function assertRefused(reply: Awaited<ReturnType<typeof post>>, codes: string[], what: string): void {
  assert.equal(reply.status, 400, `${what}: HTTP ${reply.status} ${reply.body.slice(0, 200)}`);
  assert.ok(codes.includes(errorCode(reply) ?? ""), `${what}: code ${errorCode(reply)}, expected one of ${codes}`);
}

test("doubling fragments (2^26 fields) are refused in well under a second with 400", { timeout: 60_000 }, async () => {
  let document = "query { ...F0 }\n";
  for (let level = 0; level < 26; level++)
    document += `fragment F${level} on Query { ...F${level + 1} ...F${level + 1} }\n`;
  const reply = await post(`${document}fragment F26 on Query { nations(limit: 1) { code } }`);
  assertRefused(reply, ["TOO_MANY_ROOT_FIELDS", "TOO_MANY_FIELDS"], "doubling fragments");
  assert.ok(reply.milliseconds < 1_000, `answered in ${reply.milliseconds.toFixed(0)} ms`);
});

test("2,000 aliased text scans are refused, not run", { timeout: 120_000 }, async () => {
  const aliases = Array.from(
    { length: 2_000 },
    (_, index) => `a${index}: articles(limit: 1, where: { text: { contains: "no-such-text-${index}" } }) { id }`,
  );
  const reply = await post(`{ ${aliases.join(" ")} }`);
  assertRefused(reply, ["TOO_MANY_ROOT_FIELDS", "TOO_MANY_ALIASES", "QUERY_TOO_LARGE", "QUERY_TOO_COSTLY"], "aliases");
});

test(
  "a connection without `first` is priced by its real page: nested connections are refused",
  { timeout: 60_000 },
  async () => {
    const reply = await post(`{ articlesConnection { edges { node { statementsConnection { edges { node {
    triplesConnection { edges { node { id question } } } } } } } } } }`);
    assertRefused(reply, ["QUERY_TOO_COSTLY"], "nested connections");
  },
);

test("nested relationship filters are priced and bounded", { timeout: 60_000 }, async () => {
  const twoLevels = await post(
    `{ articles(limit: 1, where: { outlet: { some: { articles: { some: { text: { contains: "zz" } } } } } }) { id } }`,
  );
  assertRefused(twoLevels, ["QUERY_TOO_COSTLY", "FILTER_TOO_DEEP"], "outlet.some.articles.some");
  let links = `{ id: { eq: "x" } }`;
  for (let level = 0; level < 16; level++) links = `{ links: { some: ${links} } }`;
  const sixteen = await post(`{ articles(limit: 1, where: ${links}) { id } }`);
  assertRefused(sixteen, ["FILTER_TOO_DEEP"], "16 nested links");
  assert.ok(sixteen.milliseconds < 1_000, `refused before any planning: ${sixteen.milliseconds.toFixed(0)} ms`);
});

test(
  "one client cannot take every slot: its excess gets 429, another client is still served",
  { timeout: 60_000 },
  async () => {
    const query = { query: "{ nations(limit: 5) { code outlets(limit: 5) { id } } }" };
    const flood = Array.from({ length: 20 }, () => rawRequest(narrow.url, { body: query }));
    const other = await rawRequest(narrow.url, { body: query, localAddress: "127.0.0.2" });
    const replies = await Promise.all(flood);
    const statuses = replies.map((reply) => reply.status);
    assert.ok(statuses.includes(429), `the flooding client got ${statuses.join(",")}`);
    assert.ok(
      statuses.every((status) => status === 200 || status === 429),
      statuses.join(","),
    );
    const busy = replies.find((reply) => reply.status === 429);
    assert.equal(busy === undefined ? undefined : errorCode(busy), "TOO_MANY_REQUESTS");
    assert.equal(other.status, 200, "a request from another address is answered");
  },
);
