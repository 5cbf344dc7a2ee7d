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
      return rows.map((row) => {
        const id = (row as { id?: string }).id ?? "";
        return { id, existed: false, cleared: 0, others: [] };
      }) as Row[];
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
  const { executor: oneBatch, calls: oneBatchCalls } = recordingExecutor();
  await ingestPath(
    { path, format: "generic-jsonl", nation: "GB", outlet: "Fixture Times" },
    { runId: "unit-run-2" },
    { executor: oneBatch, progress: silentProgress },
  );
  assert.deepEqual(
    oneBatchCalls.map((call) => `${call.query} ${call.rows}`),
    [
      "runs/start-run 0",
      "ingest/merge-nations 5",
      "ingest/merge-outlets 1",
      "ingest/merge-source-files 1",
      "ingest/merge-articles 2",
      "ingest/link-occurrences 1",
      "ingest/merge-quarantine 6",
      "runs/finish-run 0",
    ],
    "one batch: every query once, in order",
  );
  assert.equal(calls.filter((call) => call.query === "ingest/merge-articles").length, 2, "batches of one record");
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
    quarantineCleared: 0,
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
