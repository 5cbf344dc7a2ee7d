// Export/import: the authors' real triples import with their provenance chain and export as the 10 sets.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { loadSettings } from "../../../src/config/settings.js";
import type { CypherExecutor } from "../../../src/database/executor.js";
import { exportTriples, importTriples, tripleRecordSchema } from "../../../src/statements/index.js";
import { openTestDatabase, uniqueRunId } from "../../support/database.js";
import { assertSettingsRecorded } from "../../support/run-records.js";

const testId = uniqueRunId("triples-io");
let executor: CypherExecutor;
let out: string;

before(async () => {
  executor = await openTestDatabase();
  out = await mkdtemp(join(tmpdir(), "navab-triples-"));
});
after(async () => {
  await executor.write("testing/statements/delete-run", { testId });
  await executor.close();
  await rm(out, { recursive: true, force: true });
});

test("the 40 official sample triples import, resolve their provenance, and export as 10 files", async () => {
  const file = join(loadSettings().reference, "navab-pipeline-samples", "official_statement_result.json");
  const runId = `${testId}-import`;
  const imported = await importTriples(
    { file },
    { runId, settings: { outletId: `${testId}-outlet` } },
    { executor, models: {} },
  );
  assert.equal(imported.imported, 40);
  await assertSettingsRecorded(executor, runId, "statements.import");
  const again = await importTriples(
    { file },
    { runId: `${testId}-import2`, settings: { outletId: `${testId}-outlet` } },
    { executor, models: {} },
  );
  assert.equal(again.imported, 40, "re-import merges onto the same nodes");

  const result = await exportTriples(executor, { format: "jsonl", out, includeFlagged: true, runId });
  assert.equal(result.files.length, 10);
  assert.equal(result.total, 40, "no duplicates after the second import");
  const lines = (await readFile(join(out, "CN-official.jsonl"), "utf8")).trim().split("\n");
  assert.equal(lines.length, 40);
  const record = tripleRecordSchema.parse(JSON.parse(lines[0] ?? "{}"));
  const [path] = await executor.read<{ articleId: string; outletId: string; nation: string }>("statements/provenance", {
    tripleId: record.tripleId,
  });
  assert.deepEqual(path && [path.articleId, path.outletId, path.nation], [record.articleId, `${testId}-outlet`, "CN"]);
  assert.equal(await readFile(join(out, "FR-quoted.jsonl"), "utf8"), "", "empty sets still get their file");

  const csv = await exportTriples(executor, { format: "csv", out, includeFlagged: true, runId });
  assert.equal(csv.total, 40);
  const header = (await readFile(join(out, "CN-official.csv"), "utf8")).split("\n")[0];
  assert.match(header ?? "", /^tripleId,question,statement,reverseStatement,/);
});
