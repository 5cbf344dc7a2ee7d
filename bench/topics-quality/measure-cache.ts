// Measures the two embedding-cache designs on 2,225 × 384 vectors: the file pack (EmbeddingCache) versus
// (:Embedding {id, model, vector}) nodes in Neo4j (written in batches of 500, read back in one query).
// Usage: nice -n 10 npx tsx bench/topics-quality/measure-cache.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSettings } from "../../src/config/settings.js";
import { connectDatabase } from "../../src/database/connect.js";
import { EmbeddingCache } from "../../src/models/embedding/embedding-cache.js";

const count = 2225;
const dimensions = 384;
const vectors = Array.from({ length: count }, (_value, row) =>
  Float32Array.from({ length: dimensions }, (_inner, column) => Math.sin(row * 31 + column)),
);
const time = async (work: () => unknown): Promise<number> => {
  const started = performance.now();
  await work();
  return Math.round(performance.now() - started);
};

const folder = mkdtempSync(join(tmpdir(), "navab-cache-bench-"));
const fileWrite = await time(() =>
  new EmbeddingCache(folder).set(
    "bench",
    vectors.map((vector, row) => ({ key: `article-${row}`, vector })),
  ),
);
const fileRead = await time(() => {
  const cache = new EmbeddingCache(folder);
  for (let row = 0; row < count; row += 1) cache.get("bench", `article-${row}`);
});
rmSync(folder, { recursive: true, force: true });

const executor = await connectDatabase(loadSettings());
const benchRun = `bench-cache-${Date.now()}`;
const rows = vectors.map((vector, row) => ({ id: `${benchRun}-${row}`, vector: [...vector] }));
const graphWrite = await time(() =>
  executor.writeBatches("testing/topics/embedding-write", rows, {
    batchSize: 500,
    parameters: { model: "bench", benchRun },
  }),
);
const graphRead = await time(() => executor.read("testing/topics/embedding-read", { benchRun }));
await executor.write("testing/topics/embedding-delete", { benchRun });
await executor.close();
console.log(
  JSON.stringify({ vectors: count, dimensions, milliseconds: { fileWrite, fileRead, graphWrite, graphRead } }),
);
