// Issue 16 item 4: every filter the UI and the sandbox send is answered from an index. Each document runs through the
// server's own schema (anchored filters installed) with a recording transaction in place of Neo4j, and the Cypher
// @neo4j/graphql generates is EXPLAINed on the real database: no plan may read all Articles, ConflictCycles,
// Statements, Triples or Topics (AllNodesScan / NodeByLabelScan / NodeIndexScan) unless a LIMIT stops it with
// nothing filtering, sorting or aggregating in between (an ordered index scan may filter before its LIMIT). (EXPLAIN is prefixed to generated text here, in a test, to get the plan; production
// queries never build Cypher from strings.)
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { graphql } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { prepareApiSchema, type ApiSchema } from "../../../src/api/api-schema.js";
import { DEFAULT_QUERY_LIMITS } from "../../../src/api/query-limits.js";
import { loadSettings } from "../../../src/config/settings.js";
import type { CypherExecutor } from "../../../src/database/executor.js";
import { QueryFiles } from "../../../src/database/query-files.js";
import { integer } from "../../../src/database/values.js";
import { apiDocuments } from "../../support/api-documents.js";
import { openTestDatabase } from "../../support/database.js";
import { removeApiFixture, seedApiFixture, type ApiFixture } from "./api-fixture.js";

const LARGE_LABELS = new Set(["Article", "ConflictCycle", "Statement", "Triple", "Topic"]);
const SCANS =
  /^(AllNodesScan|NodeByLabelScan|PartitionedAllNodesScan|PartitionedNodeByLabelScan|NodeIndexScan|PartitionedNodeIndexScan)/;
/** Operators that pass every row of a scan on unchanged, so a LIMIT above them stops the scan early. */
const PASS_THROUGH = /^(Projection|CacheProperties|Apply|Optional|ProduceResults)/;

interface Plan {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: Plan[];
}

const BALLAST = 500;
let executor: CypherExecutor;
let driver: Driver;
let prepared: ApiSchema;
let fixture: ApiFixture;

before(async () => {
  executor = await openTestDatabase();
  fixture = await seedApiFixture(executor, "plans");
  await executor.write("testing/api/plan-ballast", { runId: fixture.runId, count: integer(BALLAST) });
  const settings = loadSettings().database;
  driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  prepared = await prepareApiSchema(driver, settings, undefined, DEFAULT_QUERY_LIMITS);
  await freshStatistics();
});

/**
 * Waits (at most 30 s) until the planner's index statistics count the ballast: on a fresh test database they were
 * sampled when Article held a handful of nodes, and a plan made from them would scan a "tiny" index.
 */
async function freshStatistics(): Promise<void> {
  const probe = `EXPLAIN ${new QueryFiles().text("testing/api/article-id-estimate")}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    await executor.write("testing/api/resample-indexes");
    const session = driver.session();
    const estimate = await session
      .run(probe)
      .then((result) => Number((result.summary.plan as unknown as Plan).arguments.EstimatedRows ?? 0))
      .finally(() => session.close());
    if (estimate >= BALLAST / 2 || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

after(async () => {
  prepared?.statistics.stop();
  if (fixture !== undefined) await removeApiFixture(executor, fixture.runId);
  await executor?.close();
  await driver?.close();
});

/**
 * The Cypher @neo4j/graphql generates for `query`: run in one transaction that is rolled back (the sandbox's review
 * example writes nothing), each statement recorded.
 */
async function generatedCypher(query: string, variables: Record<string, unknown>, anchored = true) {
  const recorded: { cypher: string; parameters: Record<string, unknown> }[] = [];
  const session = driver.session();
  const transaction = session.beginTransaction();
  try {
    const executionContext = {
      run: (cypher: string, parameters: Record<string, unknown>) => {
        recorded.push({ cypher, parameters });
        return transaction.run(cypher, parameters);
      },
    };
    const anchors = anchored ? prepared.anchors() : undefined;
    const contextValue = { executionContext, anchors, jwt: { sub: "tester" } };
    const result = await graphql({ schema: prepared.schema, source: query, variableValues: variables, contextValue });
    assert.equal(result.errors, undefined, `${JSON.stringify(result.errors)} in ${query}`);
  } finally {
    await transaction.rollback();
    await session.close();
  }
  return recorded.filter((statement) => !statement.cypher.includes("dbms.components()"));
}

/** Large-label scans in `plan` that no LIMIT stops early (only pass-through operators between scan and LIMIT). */
function unboundedScans(plan: Plan, above: string[] = []): string[] {
  const found: string[] = [];
  const details = String(plan.arguments.Details ?? "");
  const label = /:(\w+)/.exec(details)?.[1] ?? (plan.operatorType.startsWith("AllNodesScan") ? "*" : "");
  if (SCANS.test(plan.operatorType) && (label === "*" || LARGE_LABELS.has(label))) {
    const firstLimit = above.findIndex((operator) => operator.startsWith("Limit"));
    // An ordered index scan may also filter rows before the LIMIT: it reads page ÷ selectivity rows, Neo4j's choice
    // when the filter keeps many (a label scan has no order, so its LIMIT comes only after a sort of every row).
    const passes = (operator: string) =>
      PASS_THROUGH.test(operator) || (plan.operatorType.startsWith("NodeIndexScan") && operator.startsWith("Filter"));
    const limited = firstLimit >= 0 && above.slice(0, firstLimit).every(passes);
    if (!limited) found.push(`${plan.operatorType} ${details}`);
  }
  for (const child of plan.children) found.push(...unboundedScans(child, [plan.operatorType, ...above]));
  return found;
}

async function scansOf(statements: { cypher: string; parameters: Record<string, unknown> }[]): Promise<string[]> {
  const session = driver.session();
  try {
    const scans: string[] = [];
    for (const statement of statements) {
      // replan=force: plan with today's statistics, not a plan cached while the label was still nearly empty.
      const cypher = statement.cypher.replace(/^CYPHER 5\b/, "CYPHER 5 replan=force");
      const result = await session.run(`EXPLAIN ${cypher}`, statement.parameters);
      scans.push(...unboundedScans(result.summary.plan as unknown as Plan));
    }
    return scans;
  } finally {
    await session.close();
  }
}

test("the check sees a scan: the generic nation filter without its anchor reads every Article", async () => {
  const query = `query($nation: ID!) { articles(where: { outlet: { some: { nation: { some: { code: { eq: $nation } } } } } }, limit: 5) { id } }`;
  const plain = await scansOf(await generatedCypher(query, { nation: fixture.nation }, false));
  assert.ok(
    plain.some((scan) => /NodeByLabelScan.*:Article/.test(scan)),
    plain.join("; "),
  );
  assert.deepEqual(await scansOf(await generatedCypher(query, { nation: fixture.nation })), [], "anchored");
});

test("the indexes the API's filters rely on exist", async () => {
  const indexed = prepared.statistics.indexed();
  for (const property of [
    "Nation.code",
    "Outlet.id",
    "Article.id",
    "ConflictCycle.round",
    "Triple.nation",
    "Topic.runId",
    "TopicMap.nation",
  ]) {
    assert.ok(indexed.has(property), `an index on ${property}`);
  }
});

test("no query of the UI or the sandbox scans a large label", async () => {
  const names = {
    nation: fixture.nation,
    outlet: `${fixture.runId}-daily`,
    cycleId: fixture.cycleId,
    statementId: fixture.statementIds[0] ?? "",
    tripleId: fixture.tripleId,
    topicId: fixture.topicId,
    articleId: `${fixture.runId}-article-0`,
    mapId: `${fixture.runId}-map`,
    runId: fixture.runId,
    scope: `nation:${fixture.nation}`,
  };
  const problems: string[] = [];
  for (const document of apiDocuments(names)) {
    const statements = await generatedCypher(document.query, document.variables);
    assert.ok(statements.length > 0, `${document.name} generated Cypher`);
    const scans = await scansOf(statements);
    if (scans.length > 0) problems.push(`${document.name}: ${scans.join("; ")}`);
  }
  assert.deepEqual(problems, []);
});
