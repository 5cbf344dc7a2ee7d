// The GraphQL API over HTTP against the real Neo4j: provenance in one query, filtering and pagination, anonymous
// reads, JWT-only writes, and the depth/cost limits (issue 2 item 6 and issue 7 acceptance).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { signToken } from "../../../src/api/authentication.js";
import { createApiServer, type ApiServer } from "../../../src/api/server.js";
import { loadSettings } from "../../../src/config/settings.js";
import type { CypherExecutor } from "../../../src/database/executor.js";
import { openTestDatabase } from "../../support/database.js";
import { postGraphQL, removeApiFixture, seedApiFixture, type ApiFixture } from "./api-fixture.js";

const secret = "test-secret-for-the-navab-api-0123456789";
let executor: CypherExecutor;
let server: ApiServer;
let fixture: ApiFixture;

before(async () => {
  executor = await openTestDatabase();
  fixture = await seedApiFixture(executor);
  server = await createApiServer({ database: loadSettings().database, jwtSecret: secret, port: 0 });
});

after(async () => {
  await server?.stop();
  if (fixture !== undefined) await removeApiFixture(executor, fixture.runId);
  await executor?.close();
});

test("a provenance query walks triple → statement (span) → article → outlet → nation", async () => {
  const reply = await postGraphQL<{ triples: unknown[] }>(
    server.url,
    `query Provenance($id: ID!) {
    triples(where: { id: { eq: $id } }) {
      question
      source { text stance spanText speaker { name }
        article { title outlet { name kind nation { code name } } } }
    }
  }`,
    { id: fixture.tripleId },
  );
  assert.equal(reply.status, 200, JSON.stringify(reply.errors));
  assert.deepEqual(reply.data?.triples, [
    {
      question: `Should rivers be protected? ${fixture.runId}`,
      source: [
        {
          text: `Rivers are a shared heritage that must be protected ${fixture.runId}`,
          stance: "support",
          spanText: `Rivers are a shared heritage that must be protected ${fixture.runId}`,
          speaker: [{ name: "Speaker 0" }],
          article: [
            {
              title: "Article 0 on rivers",
              outlet: [{ name: "Daily Test", kind: "state", nation: [{ code: fixture.nation, name: "Testland" }] }],
            },
          ],
        },
      ],
    },
  ]);
});

test("articles of a nation come with their outlet, filtered and paginated", async () => {
  const query = `query Articles($nation: ID!, $offset: Int) {
    articles(where: { outlet: { some: { nation: { some: { code: { eq: $nation } } } } } }, sort: [{ id: ASC }], limit: 2, offset: $offset) {
      id outlet { name }
    }
  }`;
  const first = await postGraphQL<{ articles: { id: string; outlet: { name: string }[] }[] }>(server.url, query, {
    nation: fixture.nation,
    offset: 0,
  });
  const second = await postGraphQL<{ articles: { id: string; outlet: { name: string }[] }[] }>(server.url, query, {
    nation: fixture.nation,
    offset: 2,
  });
  assert.deepEqual(
    first.data?.articles.map((article) => [article.id, article.outlet[0]?.name]),
    [
      [`${fixture.runId}-article-0`, "Daily Test"],
      [`${fixture.runId}-article-1`, "Evening Test"],
    ],
  );
  assert.deepEqual(
    second.data?.articles.map((article) => article.id),
    [`${fixture.runId}-article-2`],
  );
});

test("cursor pagination: a connection pages through a nation's articles", async () => {
  const query = `query Page($nation: ID!, $after: String) {
    articlesConnection(where: { outlet: { some: { nation: { some: { code: { eq: $nation } } } } } }, sort: [{ id: ASC }], first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } }
    }
  }`;
  type Page = {
    articlesConnection: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { id: string } }[];
    };
  };
  const first = await postGraphQL<Page>(server.url, query, { nation: fixture.nation });
  assert.equal(first.data?.articlesConnection.totalCount, 3);
  assert.equal(first.data?.articlesConnection.pageInfo.hasNextPage, true);
  const second = await postGraphQL<Page>(server.url, query, {
    nation: fixture.nation,
    after: first.data?.articlesConnection.pageInfo.endCursor,
  });
  assert.deepEqual(
    second.data?.articlesConnection.edges.map((edge) => edge.node.id),
    [`${fixture.runId}-article-2`],
  );
  assert.equal(second.data?.articlesConnection.pageInfo.hasNextPage, false);
});

test("topic → articles, and cycle → members → deactivated statement with round and reason", async () => {
  const reply = await postGraphQL<{
    topics: { label: string; articles: { id: string }[] }[];
    conflictCycles: {
      articles: { id: string }[];
      deactivatedConnection: {
        edges: { properties: { round: number; reason: string }; node: { id: string; active: boolean } }[];
      };
    }[];
  }>(
    server.url,
    `query Audit($topic: ID!, $cycle: ID!) {
    topics(where: { id: { eq: $topic } }) { label articles(sort: [{ id: ASC }]) { id } }
    conflictCycles(where: { id: { eq: $cycle } }) {
      articles(sort: [{ id: ASC }]) { id }
      deactivatedConnection { edges { properties { round reason } node { id active } } }
    }
  }`,
    { topic: fixture.topicId, cycle: fixture.cycleId },
  );
  assert.equal(reply.status, 200, JSON.stringify(reply.errors));
  assert.deepEqual(
    reply.data?.topics[0]?.articles.map((article) => article.id),
    [`${fixture.runId}-article-0`, `${fixture.runId}-article-2`],
  );
  const cycle = reply.data?.conflictCycles[0];
  assert.equal(cycle?.articles.length, 3);
  assert.deepEqual(cycle?.deactivatedConnection.edges, [
    {
      properties: { round: 1, reason: "minority stance in the cycle" },
      node: { id: fixture.statementIds[1], active: false },
    },
  ]);
});

const createReview = `mutation Review($topic: ID!, $by: String!) {
  createReviews(input: [{ decision: accept, reason: "clear value topic", by: $by,
    topic: { connect: [{ where: { node: { id: { eq: $topic } } } }] } }]) { reviews { id decision by topic { id } } }
}`;

test("an anonymous mutation is refused with 401 and nothing is written", async () => {
  const reply = await postGraphQL(server.url, createReview, { topic: fixture.topicId, by: "mallory" });
  assert.equal(reply.status, 401);
  assert.match(reply.errors?.[0]?.message ?? "", /mutations need a JWT/);
  const reviews = await postGraphQL<{ topics: { reviews: unknown[] }[] }>(
    server.url,
    `query($id: ID!) { topics(where: { id: { eq: $id } }) { reviews { id } } }`,
    { id: fixture.topicId },
  );
  assert.deepEqual(reviews.data?.topics[0]?.reviews, []);
});

test("a reviewer with a valid JWT records a decision; a JWT for someone else or a forged one is refused", async () => {
  const token = await signToken(secret, "alice");
  const accepted = await postGraphQL<{
    createReviews: { reviews: { decision: string; by: string; topic: { id: string }[] }[] };
  }>(server.url, createReview, { topic: fixture.topicId, by: "alice" }, token);
  assert.equal(accepted.status, 200, JSON.stringify(accepted.errors));
  assert.deepEqual(
    accepted.data?.createReviews.reviews.map((review) => [review.decision, review.by, review.topic[0]?.id]),
    [["accept", "alice", fixture.topicId]],
  );
  const impersonation = await postGraphQL(server.url, createReview, { topic: fixture.topicId, by: "bob" }, token);
  assert.equal(impersonation.errors?.[0]?.extensions?.code, "FORBIDDEN", "by must equal the token's subject");
  assert.match(impersonation.errors?.[0]?.message ?? "", /a review's 'by' must equal the token's subject/);
  const unknownDecision = await postGraphQL(
    server.url,
    createReview.replace(`decision: accept`, `decision: maybe`),
    { topic: fixture.topicId, by: "alice" },
    token,
  );
  assert.equal(unknownDecision.status, 400);
  assert.match(unknownDecision.errors?.[0]?.message ?? "", /Value "maybe" does not exist in "ReviewDecision" enum/);
  const forged = await postGraphQL(
    server.url,
    createReview,
    { topic: fixture.topicId, by: "alice" },
    await signToken("another-secret-of-sufficient-length", "alice"),
  );
  assert.equal(forged.status, 401);
  assert.match(forged.errors?.[0]?.message ?? "", /invalid JWT/);
  const reviews = await postGraphQL<{ topics: { reviews: { by: string }[] }[] }>(
    server.url,
    `query($id: ID!) { topics(where: { id: { eq: $id } }) { reviews { by } } }`,
    { id: fixture.topicId },
  );
  assert.deepEqual(reviews.data?.topics[0]?.reviews, [{ by: "alice" }]);
});

test("an over-deep query is refused with a clear error before reaching the database", async () => {
  const reply = await postGraphQL(
    server.url,
    `{ articles(limit: 1) { outlet { articles { outlet { articles { outlet {
    articles { outlet { articles { outlet { id } } } } } } } } } } }`,
  );
  assert.equal(reply.status, 400);
  assert.match(reply.errors?.[0]?.message ?? "", /query too deep: .* nests 11 levels, the limit is 10/);
});

test("an over-costly query is refused and names its estimated cost", async () => {
  const reply = await postGraphQL(
    server.url,
    `{ articles(limit: 200) { statements(limit: 200) { id text triples(limit: 200) { id question } } } }`,
  );
  assert.equal(reply.status, 400);
  assert.equal(reply.errors?.[0]?.extensions?.code, "QUERY_TOO_COSTLY");
  assert.match(reply.errors?.[0]?.message ?? "", /estimated cost \d+ exceeds the limit 20000/);
});

test("the UI pages and their bundled scripts are served locally, with no CDN reference", async () => {
  for (const page of ["auditor", "topics", "triples", "sandbox"]) {
    const response = await fetch(`${server.url}/ui/${page}.html`);
    assert.equal(response.status, 200, page);
    const html = await response.text();
    assert.doesNotMatch(html, /<script[^>]+src="https?:/, `${page} loads no remote script`);
    const script = /src="(\/ui\/assets\/[^"]+)"/.exec(html)?.[1];
    assert.ok(script !== undefined, `${page} has a local script`);
    assert.equal((await fetch(`${server.url}${script}`)).status, 200, script);
  }
});

test("a custom Cypher query lists the rounds of a nation's conflict cycles", async () => {
  const reply = await postGraphQL<{ conflictRoundsOfNation: number[] }>(
    server.url,
    `query($nation: ID!) { conflictRoundsOfNation(nation: $nation) }`,
    { nation: fixture.nation },
  );
  assert.deepEqual(reply.data?.conflictRoundsOfNation, [1]);
});

test("a body that is not JSON gets a 400 with a clear message", async () => {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{ nope",
  });
  assert.equal(response.status, 400);
  const body = (await response.json()) as { errors: { message: string }[] };
  assert.match(body.errors[0]?.message ?? "", /unreadable request body/);
});

test("articlesOfNation pages a nation's articles newest first, with their outlet", async () => {
  const query = `query($nation: ID!, $offset: Int) { articlesOfNation(nation: $nation, limit: 2, offset: $offset) { id date outlet { name } } }`;
  const first = await postGraphQL<{ articlesOfNation: { id: string; outlet: { name: string }[] }[] }>(
    server.url,
    query,
    { nation: fixture.nation, offset: 0 },
  );
  assert.equal(first.status, 200, JSON.stringify(first.errors));
  assert.deepEqual(
    first.data?.articlesOfNation.map((article) => [article.id, article.outlet[0]?.name]),
    [
      [`${fixture.runId}-article-2`, "Daily Test"],
      [`${fixture.runId}-article-1`, "Evening Test"],
    ],
  );
  const rest = await postGraphQL<{ articlesOfNation: { id: string }[] }>(server.url, query, {
    nation: fixture.nation,
    offset: 2,
  });
  assert.deepEqual(
    rest.data?.articlesOfNation.map((article) => article.id),
    [`${fixture.runId}-article-0`],
  );
});
