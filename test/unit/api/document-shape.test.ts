import assert from "node:assert/strict";
import { test } from "node:test";
import { getIntrospectionQuery } from "graphql";
import { checkDocumentShape } from "../../../src/api/document-shape.js";
import { DEFAULT_QUERY_LIMITS } from "../../../src/api/query-limits.js";
import { apiDocuments } from "../../support/api-documents.js";

const limits = DEFAULT_QUERY_LIMITS;
const check = (query: string, overrides = {}) => checkDocumentShape(query, { ...limits, ...overrides });

function doubling(levels: number, leaf: string, on = "Query"): string {
  let document = on === "Query" ? "query { ...F0 }\n" : `query { nations(limit: 1) { ...F0 } }\n`;
  for (let level = 0; level < levels; level++)
    document += `fragment F${level} on ${on} { ...F${level + 1} ...F${level + 1} }\n`;
  return `${document}fragment F${levels} on ${on} { ${leaf} }\n`;
}

test("doubling fragments (2^26 fields) are measured once per fragment and refused at once", () => {
  const started = performance.now();
  const atRoot = check(doubling(26, "nations(limit: 1) { code }"));
  const nested = check(doubling(26, "code name", "Nation"));
  assert.ok(performance.now() - started < 200, "linear in the document, not in its 2^26 expansion");
  assert.equal(atRoot?.code, "TOO_MANY_ROOT_FIELDS");
  assert.match(atRoot?.message ?? "", /asks 67108864, the limit is 10/);
  assert.equal(nested?.code, "TOO_MANY_FIELDS");
});

test("depth counts nested fields through fragments; introspection is left to its own price", () => {
  assert.equal(check("{ articles { outlet { name } } }", { maxDepth: 3 }), undefined);
  const deep = check("query Deep { articles { ...A } } fragment A on Article { outlet { articles { id } } }", {
    maxDepth: 3,
  });
  assert.deepEqual(
    [deep?.code, deep?.message],
    ["QUERY_TOO_DEEP", "query too deep: 'Deep' nests 4 levels, the limit is 3"],
  );
  assert.equal(check("{ __schema { types { fields { type { ofType { name } } } } } }", { maxDepth: 2 }), undefined);
  assert.equal(check(getIntrospectionQuery()), undefined, "the standard introspection query passes the gate");
});

test("aliases, root fields and tokens are capped; a syntax error is left for Apollo to report", () => {
  const aliases = Array.from({ length: 31 }, (_, index) => `a${index}: code`).join(" ");
  assert.equal(check(`{ nations(limit: 1) { ${aliases} } }`)?.code, "TOO_MANY_ALIASES");
  const roots = Array.from({ length: 11 }, (_, index) => `r${index}: nations(limit: 1) { code }`).join(" ");
  assert.equal(check(`{ ${roots} }`)?.code, "TOO_MANY_ROOT_FIELDS");
  const long = `{ nations { ${"code ".repeat(4_000)} } }`;
  assert.equal(check(long)?.code, "QUERY_TOO_LARGE");
  assert.equal(check("{ nations { code "), undefined);
});

test("every query the UI and the sandbox send passes the gate", () => {
  const names = { nation: "GB", outlet: "bbc-news", cycleId: "c", statementId: "s", tripleId: "t", topicId: "t" };
  const more = { articleId: "a", mapId: "m", runId: "r", scope: "nation:GB" };
  for (const document of apiDocuments({ ...names, ...more }))
    assert.equal(check(document.query), undefined, document.name);
});
