// Writes prepared batches (UNWIND + MERGE, cypher/ingest/*): outlets first, then files, Articles (reporting which
// an earlier run had made), extra occurrences, speakers, Q/A links and quarantine. One batch
// is written while the next is prepared, never more: parsing and Neo4j overlap and memory stays at two batches.
import type { CypherExecutor } from "../database/executor.js";
import { NATIONS } from "./nations.js";
import type { RowBatch } from "./prepared-rows.js";
import type { SummaryCounter } from "./summary.js";

export interface WriteResult {
  quarantineNew: number;
  quarantineCleared: number;
  /** Outlets created by this run whose name other outlets (of other nations) already have. */
  outletNotes: string[];
}

interface WriteContext {
  executor: CypherExecutor;
  runId: string;
  batchSize: number;
  counter: SummaryCounter;
}

interface OutletResult {
  id: string;
  name: string;
  nation: string | null;
  created: boolean;
  others: string[];
}

async function writeBatch(batch: RowBatch, context: WriteContext, result: WriteResult): Promise<void> {
  const write = <Row>(query: string, rows: readonly unknown[]): Promise<Row[]> =>
    rows.length === 0
      ? Promise.resolve([])
      : context.executor.writeBatches<Row>(query, rows, {
          batchSize: context.batchSize,
          parameters: { runId: context.runId },
        });
  for (const outlet of await write<OutletResult>("ingest/merge-outlets", batch.outlets)) {
    if (outlet.created && outlet.others.length > 0)
      result.outletNotes.push(
        `outlet "${outlet.name}" (${outlet.nation ?? "no nation"}) is new as ${outlet.id}; the graph also has ${outlet.others.join(", ")} — outlets are told apart by nation, so those were not changed`,
      );
  }
  await write("ingest/merge-source-files", batch.files);
  const existing = new Set<string>();
  for (const row of await write<{ id: string; existed: boolean; cleared: number }>(
    "ingest/merge-articles",
    batch.articles,
  )) {
    if (row.existed) existing.add(row.id);
    result.quarantineCleared += row.cleared;
  }
  for (const row of await write<{ cleared: number }>("ingest/link-occurrences", batch.occurrences))
    result.quarantineCleared += row.cleared;
  await write("ingest/merge-speakers", batch.speakers);
  await write("ingest/link-answers", batch.answers);
  result.quarantineNew += (await write<{ existed: boolean }>("ingest/merge-quarantine", batch.quarantine)).filter(
    (row) => !row.existed,
  ).length;
  context.counter.add(batch.tallies, existing);
}

export interface BatchWriter {
  /** Queues a batch; resolves once the batch before it is written (rejects with its error). */
  send(batch: RowBatch): Promise<void>;
  /** Waits for every queued batch; rejects with the first write error. */
  done(): Promise<WriteResult>;
}

export function createBatchWriter(context: WriteContext): BatchWriter {
  const result: WriteResult = { quarantineNew: 0, quarantineCleared: 0, outletNotes: [] };
  let previous: Promise<unknown> = context.executor.writeBatches(
    "ingest/merge-nations",
    Object.entries(NATIONS).map(([code, name]) => ({ code, name })),
  );
  previous.catch(() => undefined);
  return {
    async send(batch) {
      const before = previous;
      previous = before.then(async () => {
        await writeBatch(batch, context, result);
      });
      previous.catch(() => undefined);
      await before;
    },
    async done() {
      await previous;
      return result;
    },
  };
}
