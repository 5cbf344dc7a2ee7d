import assert from "node:assert/strict";
import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { EmbeddingCache } from "../../../src/models/embedding/embedding-cache.js";

const folder = mkdtempSync(join(tmpdir(), "navab-embedding-cache-"));
after(() => rmSync(folder, { recursive: true, force: true }));

test("vectors survive a new cache instance, per (article id, model id)", () => {
  const cache = new EmbeddingCache(folder);
  cache.set("model/a:1", [
    { key: "article-1", vector: new Float32Array([0.5, -1, 2]) },
    { key: "文章-2", vector: new Float32Array([1, 2, 3]) },
  ]);
  cache.set("model/b", [{ key: "article-1", vector: new Float32Array([9]) }]);
  const reopened = new EmbeddingCache(folder);
  assert.deepEqual(reopened.get("model/a:1", "article-1"), new Float32Array([0.5, -1, 2]));
  assert.deepEqual(reopened.get("model/a:1", "文章-2"), new Float32Array([1, 2, 3]));
  assert.deepEqual(reopened.get("model/b", "article-1"), new Float32Array([9]));
  assert.equal(reopened.get("model/b", "文章-2"), undefined);
});

test("a half-written last record (crash while appending) is ignored, earlier ones kept", () => {
  const cache = new EmbeddingCache(folder);
  cache.set("model/c", [{ key: "one", vector: new Float32Array([1, 1]) }]);
  appendFileSync(cache.fileFor("model/c"), Buffer.from([3, 0, 0x74, 0x77]));
  const reopened = new EmbeddingCache(folder);
  assert.deepEqual(reopened.get("model/c", "one"), new Float32Array([1, 1]));
});
