// What the API's cost estimate reads from the graph, refreshed in the background: node counts per label (Neo4j's
// count store, constant time) and the properties that have an index. Reads a snapshot synchronously, so pricing a
// request never waits on the database; a failed refresh keeps the last snapshot.
import type { CypherExecutor } from "../database/executor.js";

export interface GraphStatistics {
  labelCounts(): ReadonlyMap<string, number>;
  indexed(): ReadonlySet<string>;
  refresh(): Promise<void>;
  stop(): void;
}

/** Reads the statistics once (awaited) and then every `everyMilliseconds` until `stop()`. */
export async function watchGraphStatistics(
  executor: CypherExecutor,
  everyMilliseconds = 60_000,
): Promise<GraphStatistics> {
  let counts: ReadonlyMap<string, number> = new Map();
  let indexed: ReadonlySet<string> = new Set();
  const refresh = async () => {
    const [labelRows, indexRows] = await Promise.all([
      executor.read<{ label: string; nodes: number }>("api/label-counts"),
      executor.read<{ label: string | null; property: string | null }>("api/indexed-properties"),
    ]);
    counts = new Map(labelRows.map((row) => [row.label, row.nodes]));
    indexed = new Set(
      indexRows
        .filter((row) => row.label !== null && row.property !== null)
        .map((row) => `${row.label}.${row.property}`),
    );
  };
  await refresh();
  const timer = setInterval(() => void refresh().catch(() => undefined), everyMilliseconds);
  timer.unref();
  return {
    labelCounts: () => counts,
    indexed: () => indexed,
    refresh,
    stop: () => clearInterval(timer),
  };
}
