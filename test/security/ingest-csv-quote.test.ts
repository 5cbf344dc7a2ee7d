// Issue 12 item 6: "a CSV with one broken quote quarantines the wrong line and loses the row after it". Now the
// broken record is quarantined at its own line and every good row is kept.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { ingestPath } from "../../src/ingest/index.js";
import { ingestRecorder } from "./ingest-recorder.js";

const folder = mkdtempSync(join(tmpdir(), "navab-csv-"));
after(() => rmSync(folder, { recursive: true, force: true }));

test("an unclosed quote is quarantined at its own line and the rows after it land", async () => {
  const path = join(folder, "news.csv");
  writeFileSync(
    path,
    [
      "text,title",
      '"The first good row, with a comma",one',
      '"The broken row whose quote never closes,two',
      '"The third good row",three',
      "The fourth good row,four",
      "",
    ].join("\n"),
  );
  const recorder = ingestRecorder();
  await ingestPath({ path, format: "generic-csv", nation: "GB", outlet: "Fixture Post" }, {}, recorder.dependencies);
  assert.deepEqual(
    recorder.articles().map((article) => `${article.position} ${article.properties.text}`),
    ["line:2 The first good row, with a comma", "line:4 The third good row", "line:5 The fourth good row"],
  );
  assert.deepEqual(
    recorder.quarantine().map((row) => `${row.position} ${row.reason}`),
    ["line:3 unparsable"],
  );
});
