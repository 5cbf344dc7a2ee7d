// Issue 12 item 9: an ingest of a file outside the corpora folder stored its absolute path (Article.sourceFile,
// SourceFile id and path, Quarantine.file). Now nothing written names a path of this machine.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { ingestPath } from "../../src/ingest/index.js";
import { ingestRecorder } from "./ingest-recorder.js";

const folder = mkdtempSync(join(tmpdir(), "navab-paths-"));
after(() => rmSync(folder, { recursive: true, force: true }));

test("no absolute path is written: source files are named relative to what was ingested", async () => {
  const corpus = join(folder, "my-corpus");
  mkdirSync(join(corpus, "2024"), { recursive: true });
  writeFileSync(
    join(corpus, "2024", "news.jsonl"),
    `${JSON.stringify({ text: "An article about the new bridge." })}\n{"text": broken}\n`,
  );
  const recorder = ingestRecorder();
  await ingestPath(
    { path: corpus, format: "generic-jsonl", nation: "GB", outlet: "Fixture Times", root: join(folder, "corpora") },
    {},
    recorder.dependencies,
  );
  assert.equal(recorder.articles().length, 1);
  assert.equal(recorder.quarantine().length, 1);
  assert.equal(recorder.articles()[0]?.properties.sourceFile, "my-corpus/2024/news.jsonl");
  assert.ok(!recorder.everything().includes(folder), `no row names ${folder}`);
  assert.ok(!recorder.everything().includes(tmpdir()), `no row names ${tmpdir()}`);
});
