// Issue 12 item 6: a file past V8's string limit aborted the whole run (no size cap). Now a file read whole above
// maximumFileBytes and a record above maximumRecordBytes are quarantined as too-large and the run goes on.
import assert from "node:assert/strict";
import { constants } from "node:buffer";
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { DEFAULTS, ingestPath } from "../../src/ingest/index.js";
import { ingestRecorder } from "./ingest-recorder.js";

const folder = mkdtempSync(join(tmpdir(), "navab-oversize-"));
after(() => rmSync(folder, { recursive: true, force: true }));

test("a file longer than V8's longest string is quarantined unread, and the next file still lands", async () => {
  const root = join(folder, "speeches");
  mkdirSync(join(root, "news"), { recursive: true });
  const huge = join(root, "news", "1.txt");
  const handle = openSync(huge, "w");
  ftruncateSync(handle, constants.MAX_STRING_LENGTH + 1); // sparse: no disk space, never read by the stage
  closeSync(handle);
  writeFileSync(join(root, "news", "2.txt"), "A title\nA short and ordinary article about the harbour.");
  const recorder = ingestRecorder();
  const summary = await ingestPath({ path: root, format: "bbc-text" }, {}, recorder.dependencies);
  assert.equal(summary.total.articlesNew, 1);
  assert.deepEqual(
    recorder.quarantine().map((row) => `${row.position} ${row.reason}`),
    ["file too-large"],
  );
  assert.ok(
    DEFAULTS.maximumFileBytes * 2 < constants.MAX_STRING_LENGTH,
    "the default file cap is far below V8's limit",
  );
});

test("a record above the record cap is quarantined at its line; the lines around it land", async () => {
  const path = join(folder, "news.jsonl");
  const line = (text: string) => JSON.stringify({ text });
  writeFileSync(
    path,
    [line("A first ordinary record."), line(`A very long record: ${"word ".repeat(2000)}`), line("A third one.")].join(
      "\n",
    ),
  );
  const recorder = ingestRecorder();
  await ingestPath(
    { path, format: "generic-jsonl", nation: "GB", outlet: "Fixture Times" },
    { maximumRecordBytes: 5000 },
    recorder.dependencies,
  );
  assert.deepEqual(
    recorder.articles().map((article) => article.position),
    ["line:1", "line:3"],
  );
  assert.deepEqual(
    recorder.quarantine().map((row) => `${row.position} ${row.reason}`),
    ["line:2 too-large"],
  );
});

test("a file read whole above maximumFileBytes is quarantined, not fatal", async () => {
  const root = join(folder, "small-cap");
  mkdirSync(join(root, "news"), { recursive: true });
  writeFileSync(join(root, "news", "1.txt"), `A title\n${"Words of a long article. ".repeat(200)}`);
  writeFileSync(join(root, "news", "2.txt"), "A title\nA short article.");
  const recorder = ingestRecorder();
  const summary = await ingestPath(
    { path: root, format: "bbc-text" },
    { maximumFileBytes: 1000 },
    recorder.dependencies,
  );
  assert.equal(summary.total.articlesNew, 1);
  assert.deepEqual(summary.total.quarantined, { "too-large": 1 });
});
