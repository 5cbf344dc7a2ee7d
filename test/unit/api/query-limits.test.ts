import assert from "node:assert/strict";
import { test } from "node:test";
import { buildSchema, parse, validate } from "graphql";
import { depthLimitRule, estimateCost } from "../../../src/api/query-limits.js";

const schema = buildSchema(`
  type Query { articles(limit: Int, where: ArticleWhere): [Article!]! articlesConnection(first: Int): ArticlesConnection! }
  input ArticleWhere { id: IdFilter }
  input IdFilter { eq: ID }
  type ArticlesConnection { edges: [ArticleEdge!]! }
  type ArticleEdge { node: Article! }
  type Article { id: ID! title: String outlet: [Outlet!]! statements(limit: Int): [Statement!]! }
  type Outlet { name: String articles(limit: Int): [Article!]! }
  type Statement { text: String }
`);

function depthErrors(query: string, maxDepth: number): string[] {
  return validate(schema, parse(query), [depthLimitRule(maxDepth)]).map((error) => error.message);
}

test("the depth rule accepts a query at the limit and names the depth of one beyond it", () => {
  assert.deepEqual(depthErrors("{ articles { outlet { name } } }", 3), []);
  assert.deepEqual(depthErrors("query Deep { articles { outlet { articles { id } } } }", 3), [
    "query too deep: 'Deep' nests 4 levels, the limit is 3",
  ]);
});

test("the depth rule follows fragments, survives fragment cycles and ignores introspection", () => {
  const viaFragment = "{ articles { ...A } } fragment A on Article { outlet { articles { id } } }";
  assert.equal(depthErrors(viaFragment, 3).length, 1);
  const cyclic = "{ articles { ...A } } fragment A on Article { outlet { articles { ...A } } }";
  assert.deepEqual(depthErrors(cyclic, 3), [], "a fragment cycle (refused by graphql's own rule) does not loop here");
  assert.deepEqual(depthErrors("{ __schema { types { fields { type { ofType { name } } } } } }", 2), []);
});

test("cost multiplies children by the page asked for, the default page, or 1 for one id or a single node", () => {
  const cost = (query: string) => estimateCost(schema, parse(query), {}, undefined, 50);
  assert.equal(cost("{ articles(limit: 10) { id } }"), 1 + 10 * 1);
  assert.equal(cost("{ articles { id } }"), 1 + 50 * 1);
  assert.equal(cost(`{ articles(where: { id: { eq: "a" } }) { id title } }`), 1 + 2);
  assert.equal(cost("{ articles(limit: 2) { outlet { name } } }"), 1 + 2 * (1 + 1), "Article.outlet reaches one node");
  assert.equal(cost("{ articles(limit: 2) { statements(limit: 3) { text } } }"), 1 + 2 * (1 + 3));
  assert.equal(
    cost("{ articlesConnection(first: 4) { edges { node { id } } } }"),
    1 + 4 * (1 + (1 + 1)),
    "edges are paged by first",
  );
});

test("cost reads page sizes from variables", () => {
  const document = parse("query($size: Int) { articles(limit: $size) { id } }");
  assert.equal(estimateCost(schema, document, { size: 7 }, undefined, 50), 8);
});
