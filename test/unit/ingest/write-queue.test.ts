// The stage's write path against a recording fake executor: query order, batch sizes, run record, and a failing
// write that fails the run without being swallowed.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fromRepository } from "../../../src/config/paths.js";
import type { CypherExecutor, Parameters } from "../../../src/database/executor.js";
import { ingestPath } from "../../../src/ingest/index.js";
import { silentProgress } from "../../../src/shared/progress.js";

function recordingExecutor(failOn?: string) {
  const calls: { query: string; rows: number; batchSize?: number; parameters?: Parameters }[] = [];
  const executor: CypherExecutor = {
    uri: "fake://",
    read: async () => [],
    write: async (query, parameters) => {
      calls.push({ query, rows: 0, ...(parameters ? { parameters } : {}) });
      return [];
    },
    writeScript: async () => {},
    writeBatches: async <Row>(query: string, rows: readonly unknown[], options: { batchSize?: number } = {}) => {
      calls.push({
        query,
        rows: rows.length,
        ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
      });
      if (query === failOn) throw new Error(`${query} refused`);
      return rows.map((row) => ({ id: (row as { id?: string }).id, existed: false })) as Row[];
    },
    verifyConnectivity: async () => {},
    close: async () => {},
  };
  return { executor, calls };
}

const path = fromRepository("test", "fixtures", "ingest", "broken.jsonl");

test("writes nations, outlets, files, articles, occurrences and quarantine in order, in batches; the run is closed done", async () => {
  const { executor, calls } = recordingExecutor();
  const summary = await ingestPath(
    { path, format: "generic-jsonl", nation: "GB", outlet: "Fixture Times" },
    { batchSize: 1, runId: "unit-run" },
    { executor, progress: silentProgress },
  );
  assert.equal(summary.runId, "unit-run");
  assert.equal(summary.total.articlesNew, 2);
  const order = [...new Set(calls.map((call) => call.query))];
  assert.deepEqual(order, [
    "runs/start-run",
    "ingest/merge-nations",
    "ingest/merge-outlets",
    "ingest/merge-source-files",
    "ingest/merge-articles",
    "ingest/link-occurrences",
    "ingest/merge-quarantine",
    "runs/finish-run",
  ]);
  assert.ok(
    calls
      .filter((call) => call.query !== "ingest/merge-nations" && call.batchSize !== undefined)
      .every((call) => call.batchSize === 1),
  );
  const finish = calls.find((call) => call.query === "runs/finish-run");
  assert.equal(finish?.parameters?.status, "done");
  assert.deepEqual(JSON.parse(String(finish?.parameters?.counts)), {
    recordsRead: 9,
    articlesNew: 2,
    articlesPresent: 0,
    duplicateRecords: 1,
    quarantined: 6,
    files: 1,
  });
});

test("a failing write rejects the ingest and marks the run failed", async () => {
  const { executor, calls } = recordingExecutor("ingest/merge-articles");
  await assert.rejects(
    ingestPath(
      { path, format: "generic-jsonl", nation: "GB", outlet: "Fixture Times" },
      { runId: "unit-run" },
      { executor, progress: silentProgress },
    ),
    /merge-articles refused/,
  );
  const finish = calls.find((call) => call.query === "runs/finish-run");
  assert.equal(finish?.parameters?.status, "failed");
});

test("bad flags are InputErrors naming what to do", async () => {
  const { executor } = recordingExecutor();
  const dependencies = { executor, progress: silentProgress };
  await assert.rejects(
    ingestPath({ path, format: "rss" }, {}, dependencies),
    /unknown format "rss": use one of bbc-text/,
  );
  await assert.rejects(
    ingestPath({ path, format: "generic-jsonl", nation: "Narnia" }, {}, dependencies),
    /unknown nation "Narnia"/,
  );
  await assert.rejects(
    ingestPath({ path: `${path}.missing`, format: "generic-jsonl" }, {}, dependencies),
    /no such file or folder/,
  );
});
