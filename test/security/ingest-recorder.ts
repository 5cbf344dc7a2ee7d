// A stand-in database for the ingest stage that keeps every row the stage sends to each query: what a run would
// write, checked without Neo4j. (Used by the ingest tests of issue 12; it only depends on the stage's public API.)
import type { CypherExecutor } from "../../src/database/executor.js";
import { silentProgress } from "../../src/shared/progress.js";

export interface RecordedArticle {
  id: string;
  position: string;
  properties: { text: string; sourceFile: string; decodedAs: string | null; url: string | null };
}

export function ingestRecorder() {
  const sent = new Map<string, unknown[]>();
  const executor: CypherExecutor = {
    uri: "fake://ingest-recorder",
    read: async () => [],
    write: async (query, parameters) => {
      sent.set(query, [...(sent.get(query) ?? []), parameters]);
      return [];
    },
    writeScript: async () => {},
    writeBatches: async <Row>(query: string, rows: readonly unknown[]) => {
      sent.set(query, [...(sent.get(query) ?? []), ...rows]);
      return rows.map((row) => ({ id: (row as { id?: string }).id, existed: false, cleared: 0, others: [] })) as Row[];
    },
    verifyConnectivity: async () => {},
    close: async () => {},
  };
  return {
    dependencies: { executor, progress: silentProgress },
    rows: (query: string): unknown[] => sent.get(query) ?? [],
    articles: (): RecordedArticle[] => (sent.get("ingest/merge-articles") ?? []) as RecordedArticle[],
    quarantine: (): { position: string; reason: string; file: string; detail: string }[] =>
      (sent.get("ingest/merge-quarantine") ?? []) as {
        position: string;
        reason: string;
        file: string;
        detail: string;
      }[],
    /** Every row of every query as one JSON text, to search for what must never be stored. */
    everything: (): string => JSON.stringify([...sent.entries()]),
  };
}
