// Issue 17 item 5: a record that was quarantined and is later ingested successfully clears its quarantine entry; a
// record quarantined again for another reason keeps one entry, with the new reason. Real Neo4j, own files only.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { CypherExecutor } from "../../../src/database/executor.js";
import { ingestPath, outletId, sourceFileName } from "../../../src/ingest/index.js";
import { silentProgress } from "../../../src/shared/progress.js";
import { openTestDatabase, uniqueRunId } from "../../support/database.js";

const runId = uniqueRunId("quarantine-clear");
const folder = mkdtempSync(join(tmpdir(), "navab-quarantine-"));
const path = join(folder, "news.jsonl");
const outlet = `Clearing Times ${runId}`;
const fileIds = [sourceFileName(path, path).id];
const runIds = [`${runId}-1`, `${runId}-2`];
let executor: CypherExecutor;

before(async () => {
  executor = await openTestDatabase();
});

after(async () => {
  await executor.write("ingest/delete-files-data", { fileIds, outletIds: [outletId(outlet, "GB")], runIds });
  await executor.close();
  rmSync(folder, { recursive: true, force: true });
});

const write = (lines: string[]) => writeFileSync(path, `${lines.join("\n")}\n`);
const ingest = (run: string) =>
  ingestPath(
    { path, format: "generic-jsonl", nation: "GB", outlet },
    { runId: run },
    { executor, progress: silentProgress },
  );
const quarantine = async () =>
  (await executor.read<{ position: string; reason: string }>("ingest/quarantine-of-files", { fileIds })).map(
    (row) => `${row.position} ${row.reason}`,
  );

test("a fixed record clears its quarantine entry; a record broken another way keeps one entry", async () => {
  const good = (text: string) => JSON.stringify({ text: `${text} (${runId})` });
  write([good("A first good record."), '{"text": "unterminated', JSON.stringify({ text: "" })]);
  const first = await ingest(runIds[0] ?? "");
  assert.equal(first.total.articlesNew, 1);
  assert.deepEqual(await quarantine(), ["line:2 unparsable", "line:3 empty-text"]);

  write([good("A first good record."), good("The second record, fixed."), JSON.stringify({ text: "x", nation: "XX" })]);
  const second = await ingest(runIds[1] ?? "");
  assert.equal(second.total.articlesNew, 1);
  assert.equal(second.quarantineCleared, 1);
  assert.deepEqual(await quarantine(), ["line:3 unknown-nation"]);
  const [counts] = await executor.read<{ articles: number; records: number }>("ingest/count-files-data", { fileIds });
  assert.deepEqual(counts && [counts.articles, counts.records], [2, 2]);
});
