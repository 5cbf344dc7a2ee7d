import assert from "node:assert/strict";
import { before, test } from "node:test";
import { parse, type GraphQLSchema } from "graphql";
import { createCostModel, pageSizes } from "../../../src/api/cost-model.js";
import { createGraphQLSchema } from "../../../src/api/graphql-schema.js";
import { standardIntrospection } from "../../../src/api/introspection-cost.js";
import { coerceVariables, estimateCost } from "../../../src/api/query-cost.js";
import { DEFAULT_QUERY_LIMITS } from "../../../src/api/query-limits.js";
import { loadTypeDefinitions } from "../../../src/api/type-definitions.js";
import { apiDocuments } from "../../support/api-documents.js";

let schema: GraphQLSchema;
/** A graph of 110,000 articles (the bench graph), 20,000 cycles, five nations. */
const counts = new Map([
  ["Article", 110_000],
  ["ConflictCycle", 20_000],
  ["Nation", 5],
  ["Outlet", 140],
  ["Triple", 2_000],
  ["Topic", 400],
  ["TopicMap", 10],
  ["Statement", 5_000],
]);
const indexed = new Set([
  "Article.id",
  "Article.date",
  "ConflictCycle.id",
  "ConflictCycle.round",
  "Triple.id",
  "Triple.nation",
  "Topic.id",
  "Topic.runId",
  "Topic.nation",
  "Statement.id",
  "TopicMap.id",
  "Nation.code",
  "Outlet.id",
]);
const model = createCostModel({
  pages: pageSizes(loadTypeDefinitions()),
  labelCounts: () => counts,
  indexed: () => indexed,
});
const limits = DEFAULT_QUERY_LIMITS;

before(async () => {
  schema = await createGraphQLSchema(undefined, undefined);
});

function cost(query: string, variables: Record<string, unknown> = {}, anchored = new Map<string, number>()): number {
  const document = parse(query);
  const coerced = coerceVariables(schema, document, undefined, variables);
  assert.ok(coerced !== undefined, `variables fit ${query}`);
  return estimateCost(schema, document, undefined, coerced, model, limits, anchored).cost;
}

test("a list costs its real page: limit clamped to @limit's max, or @limit's default (also from variables)", () => {
  assert.equal(cost("{ articles(limit: 10) { id } }"), 1 + 10 * 2);
  assert.equal(cost("{ articles { id } }"), 1 + 50 * 2, "Article's @limit default is 50");
  assert.equal(cost("{ articles(limit: 100000) { id } }"), 1 + 200 * 2, "clamped to @limit max 200");
  assert.equal(cost("query($size: Int) { articles(limit: $size) { id } }", { size: 7 }), 1 + 7 * 2);
  assert.equal(cost(`{ articles(where: { id: { eq: "a" } }) { id title } }`), 1 + 1 * 3 + 0.1 * 1);
  assert.equal(cost("{ nations { code } }"), 1 + 50 * 2, "the page is an upper bound, whatever the graph holds");
});

test("a connection without `first` costs its real default page, and nested connections multiply", () => {
  assert.equal(cost("{ articlesConnection { edges { node { id } } } }"), 1 + 1 + 50 * (1 + 2));
  const nested = `{ articlesConnection { edges { node { statementsConnection { edges { node {
    triplesConnection { edges { node { id question } } } } } } } } } }`;
  assert.ok(cost(nested) > limits.maxCost, `the issue's nested connection (cost 10 before) costs ${cost(nested)}`);
  assert.ok(cost("{ articlesConnection(first: 5) { totalCount } }") > 110_000 * 0.1, "totalCount reads every row");
});

test("relationship filters are priced per row read: a scan of the label unless anchored, by id or indexed", () => {
  const byNation = `{ articles(where: { outlet: { some: { nation: { some: { code: { eq: "GB" } } } } } }, limit: 10) { id } }`;
  assert.equal(cost(byNation), 1 + 110_000 * (1 + 1 * (1 + 1)) * 0.1 + 10 * 2, "unanchored: every Article");
  assert.equal(cost(byNation, {}, new Map([["articles", 3]])), 1 + 3 * 3 * 0.1 + 10 * 2, "anchored to 3 ids");
  const twoLevels = `{ articles(limit: 1, where: { outlet: { some: { articles: { some: { text: { contains: "x" } } } } } }) { id } }`;
  assert.ok(cost(twoLevels) > limits.maxCost * 100, "the issue's 123-byte two-level filter is refused");
  assert.ok(cost(`{ triples(where: { nation: { eq: "CN" } }, limit: 5) { id } }`) < 200, "an indexed property narrows");
  assert.ok(cost(`{ articles(limit: 1, where: { text: { contains: "x" } }) { id } }`) > 10_000, "contains scans");
});

test("filters nested past the hop or depth limit are refused before pricing", () => {
  let links = `{ id: { eq: "x" } }`;
  for (let level = 0; level < 16; level++) links = `{ links: { some: ${links} } }`;
  assert.throws(
    () => cost(`{ articles(limit: 1, where: ${links}) { id } }`),
    (error: Error & { extensions?: { code?: string } }) => error.extensions?.code === "FILTER_TOO_DEEP",
  );
  const many = Array.from({ length: 41 }, (_, index) => `{ title: { eq: "${index}" } }`).join(", ");
  assert.throws(
    () => cost(`{ articles(limit: 1, where: { OR: [${many}] }) { id } }`),
    (error: Error & { extensions?: { code?: string } }) => error.extensions?.code === "FILTER_TOO_COMPLEX",
  );
});

test("2,000 aliased text scans cost more than 100 times the limit (and each fragment is priced once)", () => {
  const aliases = Array.from(
    { length: 2_000 },
    (_, index) => `a${index}: articles(limit: 1, where: { text: { contains: "${index}" } }) { id }`,
  );
  assert.ok(cost(`{ ${aliases.join(" ")} }`) > limits.maxCost * 100);
  let doubling = "query { ...F0 }\n";
  for (let level = 0; level < 40; level++)
    doubling += `fragment F${level} on Query { ...F${level + 1} ...F${level + 1} }\n`;
  const started = performance.now();
  assert.ok(cost(`${doubling}fragment F40 on Query { nations(limit: 1) { code } }`) > 1e12);
  assert.ok(
    performance.now() - started < 1_000,
    "memoised: 2^40 unmemoised walks would take hours, not a second (1 s tolerates a loaded machine)",
  );
});

test("introspection has its own price: the standard query fits the allowance, a blown-up one does not", () => {
  const introspection = (document: ReturnType<typeof parse>) =>
    estimateCost(schema, document, undefined, {}, model, limits).introspection;
  const standard = introspection(standardIntrospection);
  assert.ok(standard > 0);
  const nested = parse(
    "{ __schema { types { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } } } }",
  );
  assert.ok(introspection(nested) > limits.introspectionAllowance * standard);
});

test("every query the UI and the sandbox send stays under the limit on the 110k-article graph", () => {
  const names = { nation: "GB", outlet: "bbc-news", cycleId: "c", statementId: "s", tripleId: "t", topicId: "t" };
  const more = { articleId: "a", mapId: "m", runId: "r", scope: "nation:GB" };
  for (const document of apiDocuments({ ...names, ...more })) {
    const anchored = new Map([["articles", 2_168]]);
    const estimate = cost(document.query, document.variables, anchored);
    assert.ok(estimate < limits.maxCost, `${document.name}: ${estimate}`);
  }
});
