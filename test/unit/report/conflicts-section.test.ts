// The report's conflict section shows, per round, the claims and contested claims beside the cycles and removals,
// and the run's links by kind (a demo whose graph has no statement link shows it at a glance).
import assert from "node:assert/strict";
import { test } from "node:test";
import type { CypherExecutor } from "../../../src/database/executor.js";
import { renderReport } from "../../../src/report/render-report.js";
import { conflictsSection } from "../../../src/report/sections/conflicts.js";
import { reportContext } from "../../support/report/report-context.js";

const answers: Record<string, unknown[]> = {
  "conflicts/report-rounds": [
    {
      round: 1,
      communities: 4,
      activeLinks: 85,
      claims: 2,
      contestedClaims: 2,
      cyclesFound: 0,
      linksDeactivated: 0,
      statementsDeactivated: 0,
      statementsActive: 27,
      seconds: 0.12,
      backend: "memory",
    },
  ],
  "conflicts/report-links": [
    { kind: "semantic", total: 60, active: 60 },
    { kind: "statement", total: 7, active: 7 },
  ],
  "conflicts/variant-counts": [{ judged: 27, kept: 27, triples: 27, keptTriples: 27 }],
};
const executor = { read: async (name: string) => answers[name] ?? [] } as unknown as CypherExecutor;
const context = reportContext({ executor });

test("the conflict section lists claims and contested claims per round, and links by kind", async () => {
  const { html, sections } = await renderReport([conflictsSection], context);
  assert.equal(sections[0]?.status, "shown");
  assert.match(html, /<th>claims<\/th><th>contested claims<\/th><th>cycles found<\/th>/);
  assert.match(html, /<td>1<\/td><td>4<\/td><td>85<\/td><td>2<\/td><td>2<\/td><td>0<\/td>/);
  assert.match(html, /<td>statement<\/td><td>7<\/td><td>7<\/td>/);
});

test("a run without stored links says so instead of an empty table", async () => {
  const withoutLinks: Record<string, unknown[]> = { ...answers, "conflicts/report-links": [] };
  const bare = { read: async (name: string) => withoutLinks[name] ?? [] } as unknown as CypherExecutor;
  const { html } = await renderReport([conflictsSection], { ...context, executor: bare });
  assert.match(html, /No LINK edges stored for this conflict run\./);
  assert.doesNotMatch(html, /<th>link kind<\/th>/);
});
