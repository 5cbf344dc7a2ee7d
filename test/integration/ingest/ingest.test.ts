// Ingest into the real Neo4j: broken records are quarantined with reasons and positions while the good ones land,
// and a second ingest of the same files changes no count. Every text carries this test's run id; cleanup is by file.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fromRepository } from "../../../src/config/paths.js";
import type { CypherExecutor } from "../../../src/database/executor.js";
import { ingestPath, outletId, sourceFileName } from "../../../src/ingest/index.js";
import { silentProgress } from "../../../src/shared/progress.js";
import { openTestDatabase, uniqueRunId } from "../../support/database.js";
import { assertSettingsRecorded } from "../../support/run-records.js";

const runId = uniqueRunId("ingest");
const folder = mkdtempSync(join(tmpdir(), "navab-ingest-"));
const jsonl = join(folder, "broken.jsonl");
const mfa = join(folder, "mfa.html");
const outlet = `Fixture Times ${runId}`;
const runIds = [`${runId}-1`, `${runId}-2`, `${runId}-3`];
const fileIds = [sourceFileName(jsonl, jsonl).id, sourceFileName(mfa, mfa).id];
let executor: CypherExecutor;

before(async () => {
  executor = await openTestDatabase();
  const text = (words: string) => JSON.stringify({ text: `${words} (${runId})` });
  writeFileSync(
    jsonl,
    Buffer.concat([
      Buffer.from(`${text("A good record about schools")}\n`),
      Buffer.from('{"text": "bad bytes \xff here"}\n', "latin1"),
      Buffer.from(
        `{"text": "  "}\n{"text": "unterminated\n${JSON.stringify({ text: `Unknown nation ${runId}`, nation: "XX" })}\n`,
      ),
      Buffer.from(
        `${text("A good record about  schools")}\n${JSON.stringify({ text: `Une bonne nouvelle ${runId}`, nation: "FR", language: "fr" })}\n`,
      ),
    ]),
  );
  const page = readFileSync(fromRepository("test", "fixtures", "ingest", "mfa-page.html"), "utf8").replaceAll(
    "</p>",
    `${runId}</p>`,
  );
  writeFileSync(mfa, page.replace(`毛宁：${runId}</p>`, "毛宁：</p>").replace(`*****${runId}`, "*****"));
});

after(async () => {
  const outletIds = [outletId(outlet, "GB"), outletId(outlet, "FR")];
  await executor.write("ingest/delete-files-data", { fileIds, outletIds, runIds });
  await executor.close();
  rmSync(folder, { recursive: true, force: true });
});

const dependencies = () => ({ executor, progress: silentProgress });
const counts = async () => (await executor.read("ingest/count-files-data", { fileIds }))[0];

test("broken records are quarantined with reason and position, good ones land; a re-run changes nothing", async () => {
  const first = await ingestPath(
    { path: jsonl, format: "generic-jsonl", nation: "GB", outlet },
    { runId: runIds[0] },
    dependencies(),
  );
  assert.deepEqual(first.total, {
    recordsRead: 7,
    articlesNew: 2,
    articlesPresent: 0,
    duplicateRecords: 1,
    quarantined: { "bad-encoding": 1, "empty-text": 1, unparsable: 1, "unknown-nation": 1 },
  });
  assert.equal(first.byNation.FR?.articlesNew, 1);
  assert.equal(first.quarantineNew, 4);
  await assertSettingsRecorded(executor, runIds[0]!, "ingest");
  const quarantine = await executor.read<{ position: string; reason: string }>("ingest/quarantine-of-files", {
    fileIds: fileIds.slice(0, 1),
  });
  assert.deepEqual(
    quarantine.map((row) => `${row.position} ${row.reason}`),
    ["line:2 bad-encoding", "line:3 empty-text", "line:4 unparsable", "line:5 unknown-nation"],
  );
  const before = await counts();
  assert.deepEqual(before, { articles: 2, records: 3, spoken: 0, answers: 0, quarantined: 4 });

  const second = await ingestPath(
    { path: jsonl, format: "generic-jsonl", nation: "GB", outlet },
    { runId: runIds[1] },
    dependencies(),
  );
  assert.equal(second.total.articlesNew, 0);
  assert.equal(second.total.articlesPresent, 2);
  assert.equal(second.quarantineNew, 0);
  assert.deepEqual(await counts(), before);
});

test("an MFA page lands as Q/A items with speakers and ANSWERS links", async () => {
  const summary = await ingestPath({ path: mfa, format: "mfa-press-html" }, { runId: runIds[2] }, dependencies());
  assert.equal(summary.total.articlesNew, 7);
  assert.deepEqual(summary.total.quarantined, { "empty-text": 1 });
  assert.equal(
    summary.byNation.CN?.recordsRead,
    5,
    "statements, answers, the empty answer and the CN-less questions: 4 Chinese items + 1 quarantined",
  );
  const after = await counts();
  assert.equal(after?.spoken, 4);
  assert.equal(after?.answers, 2);
});
