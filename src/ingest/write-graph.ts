// Writes prepared rows in batches (UNWIND + MERGE, cypher/ingest/*): nations and outlets first, then files,
// Articles (reporting which already existed), extra occurrences, speakers, Q/A links and quarantine.
import type { CypherExecutor } from "../database/executor.js";
import type { ProgressReporter } from "../shared/progress.js";
import { NATIONS } from "./nations.js";
import type { PreparedRows } from "./prepare.js";
import type { SourceFileRow } from "./rows.js";

export interface WriteResult {
  /** Ids of the Articles that were already in the graph before this run. */
  existingArticles: Set<string>;
  quarantineNew: number;
}

export async function writeGraph(
  rows: PreparedRows,
  files: SourceFileRow[],
  context: { executor: CypherExecutor; progress: ProgressReporter; runId: string; batchSize: number },
): Promise<WriteResult> {
  const { executor, progress, runId, batchSize } = context;
  const options = (step: string, total: number) => {
    progress.start(step, total);
    return { batchSize, parameters: { runId }, onBatch: (written: number) => progress.update(written) };
  };
  const write = async <Row>(query: string, step: string, batch: readonly unknown[]): Promise<Row[]> => {
    if (batch.length === 0) return [];
    try {
      return await executor.writeBatches<Row>(query, batch, options(step, batch.length));
    } finally {
      progress.stop();
    }
  };
  await write("ingest/merge-nations", "nations", Object.entries(NATIONS).map(([code, name]) => ({ code, name })));
  await write("ingest/merge-outlets", "outlets", [...rows.outlets.values()]);
  await write("ingest/merge-source-files", "source files", files);
  const merged = await write<{ id: string; existed: boolean }>("ingest/merge-articles", "articles", [...rows.articles.values()]);
  await write("ingest/link-occurrences", "duplicate records", rows.occurrences);
  await write("ingest/merge-speakers", "speakers", rows.speakers);
  await write("ingest/link-answers", "question/answer links", rows.answers);
  const quarantined = await write<{ existed: boolean }>("ingest/merge-quarantine", "quarantine", rows.quarantine);
  return {
    existingArticles: new Set(merged.filter((row) => row.existed).map((row) => row.id)),
    quarantineNew: quarantined.filter((row) => !row.existed).length,
  };
}
