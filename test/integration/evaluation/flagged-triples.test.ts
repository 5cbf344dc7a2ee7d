// The pipeline's own triples with a small local model are mostly flagged by the automatic checks; the demo evaluates
// and exports them with includeFlagged — valid ones always, flagged ones only when asked, never one whose RS equals
// S (it cannot be scored). Both reads (evaluation items, DPO preference rows) follow the same rule.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { CypherExecutor } from "../../../src/database/executor.js";
import { readGraphTriples } from "../../../src/evaluation/items/graph-triples.js";
import { readGraphPreferenceRows } from "../../../src/export/index.js";
import { openTestDatabase } from "../../support/database.js";
import { removeApiFixture, seedApiFixture, type ApiFixture } from "../api/api-fixture.js";

let executor: CypherExecutor;
let fixture: ApiFixture;

before(async () => {
  executor = await openTestDatabase();
  fixture = await seedApiFixture(executor, "flagged");
});

after(async () => {
  if (fixture !== undefined) await removeApiFixture(executor, fixture.runId);
  await executor?.close();
});

async function counts(includeFlagged: boolean): Promise<[number, number]> {
  const nations = [fixture.nation];
  const items = await readGraphTriples(executor, { nations, includeFlagged });
  const rows = await readGraphPreferenceRows(executor, { nations, includeFlagged });
  return [items.length, rows.length];
}

test("flagged triples are read only with includeFlagged, and never when RS equals S", async () => {
  assert.deepEqual(await counts(false), [1, 1], "the valid fixture triple");
  await executor.write("testing/report/flag-triple", { tripleId: fixture.tripleId, checks: ["reverse-not-opposing"] });
  assert.deepEqual(await counts(false), [0, 0]);
  assert.deepEqual(await counts(true), [1, 1]);
  await executor.write("testing/report/flag-triple", {
    tripleId: fixture.tripleId,
    checks: ["reverse-equals-statement"],
  });
  assert.deepEqual(await counts(true), [0, 0]);
});
