// Writes prepared rows in batches (UNWIND + MERGE, cypher/ingest/*): outlets first, then files, Articles (reporting
// which already existed), extra occurrences, speakers, Q/A links and quarantine. A queue sends each slice of new rows
// while the next files are being read, so parsing and Neo4j's work overlap.
import type { CypherExecutor } from "../database/executor.js";
import { NATIONS } from "./nations.js";
import type { PreparedRows } from "./prepare.js";
import type {
  AnswerRow,
  ArticleRow,
  OccurrenceRow,
  OutletRow,
  QuarantineRow,
  SourceFileRow,
  SpeakerRow,
} from "./rows.js";

export interface WriteResult {
  /** Ids of the Articles that were already in the graph before this run. */
  existingArticles: Set<string>;
  quarantineNew: number;
}

interface RowSlice {
  outlets: OutletRow[];
  files: SourceFileRow[];
  articles: ArticleRow[];
  occurrences: OccurrenceRow[];
  speakers: SpeakerRow[];
  answers: AnswerRow[];
  quarantine: QuarantineRow[];
}

interface WriteContext {
  executor: CypherExecutor;
  runId: string;
  batchSize: number;
  /** Called with the number of Articles written so far. */
  onArticles?: (written: number) => void;
}

async function writeSlice(slice: RowSlice, context: WriteContext, result: WriteResult): Promise<void> {
  const write = <Row>(query: string, rows: readonly unknown[]): Promise<Row[]> =>
    rows.length === 0
      ? Promise.resolve([])
      : context.executor.writeBatches<Row>(query, rows, {
          batchSize: context.batchSize,
          parameters: { runId: context.runId },
        });
  await write("ingest/merge-outlets", slice.outlets);
  await write("ingest/merge-source-files", slice.files);
  for (const row of await write<{ id: string; existed: boolean }>("ingest/merge-articles", slice.articles)) {
    if (row.existed) result.existingArticles.add(row.id);
  }
  await write("ingest/link-occurrences", slice.occurrences);
  await write("ingest/merge-speakers", slice.speakers);
  await write("ingest/link-answers", slice.answers);
  result.quarantineNew += (await write<{ existed: boolean }>("ingest/merge-quarantine", slice.quarantine)).filter(
    (row) => !row.existed,
  ).length;
}

export interface WriteQueue {
  /** Queues every row added to `rows` (and `files`) since the last call. */
  send(rows: PreparedRows, files: readonly SourceFileRow[]): void;
  /** Rows added since the last send. */
  pendingArticles(rows: PreparedRows): number;
  /** Waits for every queued write; rejects with the first write error. */
  done(): Promise<WriteResult>;
}

export function createWriteQueue(context: WriteContext): WriteQueue {
  const result: WriteResult = { existingArticles: new Set(), quarantineNew: 0 };
  const sent = { outlets: 0, files: 0, articles: 0, occurrences: 0, speakers: 0, answers: 0, quarantine: 0 };
  let chain: Promise<unknown> = context.executor.writeBatches(
    "ingest/merge-nations",
    Object.entries(NATIONS).map(([code, name]) => ({ code, name })),
  );
  chain.catch(() => undefined);
  const since = <Row>(rows: readonly Row[], key: keyof typeof sent): Row[] => {
    const slice = rows.slice(sent[key]);
    sent[key] = rows.length;
    return slice;
  };
  return {
    send(rows, files) {
      const slice: RowSlice = {
        outlets: since([...rows.outlets.values()], "outlets"),
        files: since(files, "files"),
        articles: since([...rows.articles.values()], "articles"),
        occurrences: since(rows.occurrences, "occurrences"),
        speakers: since(rows.speakers, "speakers"),
        answers: since(rows.answers, "answers"),
        quarantine: since(rows.quarantine, "quarantine"),
      };
      const articlesSent = sent.articles;
      chain = chain.then(async () => {
        await writeSlice(slice, context, result);
        context.onArticles?.(articlesSent);
      });
      chain.catch(() => undefined);
    },
    pendingArticles: (rows) => rows.articles.size - sent.articles,
    async done() {
      await chain;
      return result;
    },
  };
}
