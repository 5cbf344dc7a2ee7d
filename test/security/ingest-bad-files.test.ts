// Issue 12 item 6: bad files must not become Articles. A 2 MB random binary `.txt` and a UTF-16LE file were stored
// as Articles (decoded as Latin-1, NUL characters, language "en"); now binary data and UTF-16 without a byte-order
// mark are quarantined with a reason, and UTF-16 with one is decoded and recorded.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { ingestPath } from "../../src/ingest/index.js";
import { ingestRecorder } from "./ingest-recorder.js";

const folder = mkdtempSync(join(tmpdir(), "navab-bad-files-"));
after(() => rmSync(folder, { recursive: true, force: true }));

/** Deterministic pseudo-random bytes (xorshift32), so the test is the same on every run. */
function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let index = 0; index < length; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

const article = "A fixture title\nThe council voted on Tuesday to keep the library open, after a long debate.";

function corpus(name: string, files: Record<string, Buffer>): string {
  const root = join(folder, name);
  mkdirSync(join(root, "news"), { recursive: true });
  for (const [file, bytes] of Object.entries(files)) writeFileSync(join(root, "news", file), bytes);
  return root;
}

test("a 2 MB random binary .txt is quarantined as binary, not stored as an Article", async () => {
  const root = corpus("binary", { "1.txt": noise(2 * 1024 * 1024, 12) });
  const recorder = ingestRecorder();
  const summary = await ingestPath({ path: root, format: "bbc-text" }, {}, recorder.dependencies);
  assert.equal(recorder.articles().length, 0, "no Article from binary data");
  assert.equal(summary.total.articlesNew, 0);
  assert.deepEqual(
    recorder.quarantine().map((row) => `${row.position} ${row.reason}`),
    ["file binary"],
  );
});

test("UTF-16LE with a byte-order mark is decoded (and recorded); without one it is quarantined", async () => {
  const withMark = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, "utf16le")]);
  const root = corpus("utf16", {
    "1.txt": withMark,
    "2.txt": Buffer.from(article.replace("library", "pool"), "utf16le"),
  });
  const recorder = ingestRecorder();
  await ingestPath({ path: root, format: "bbc-text" }, {}, recorder.dependencies);
  const [stored, ...others] = recorder.articles();
  assert.equal(others.length, 0, "only the file with a byte-order mark lands");
  assert.equal(stored?.properties.text, article.split("\n")[1]);
  assert.equal(stored?.properties.decodedAs, "utf-16le");
  assert.ok(!stored?.properties.text.includes("\u0000"), "no NUL characters in the stored text");
  assert.deepEqual(
    recorder.quarantine().map((row) => `${row.position} ${row.reason}`),
    ["file bad-encoding"],
  );
  assert.match(recorder.quarantine()[0]?.detail ?? "", /UTF-16LE text without a byte-order mark/);
});
