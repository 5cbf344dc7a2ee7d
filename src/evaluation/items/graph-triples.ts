// Valid Triple nodes from the graph (made by the triple stage) as evaluation items, with provenance ids.
import type { CypherExecutor } from "../../database/executor.js";
import { integer } from "../../database/values.js";
import type { EvaluationItem } from "./evaluation-item.js";

export interface GraphTripleFilter {
  /** Only Triples of this triple-stage run. */
  tripleRunId?: string;
  nations?: string[];
  sets?: string[];
  limit?: number;
  /** The conflict run whose decisions split the items into reduced / not reduced (paper Table 3). */
  conflictRunId?: string;
  /** Also Triples flagged by the automatic checks (not those whose RS equals S); default valid ones only. */
  includeFlagged?: boolean;
}

/** A row of evaluation/read-triples: an evaluation item without its source tag. */
type TripleRow = Omit<EvaluationItem, "source">;

export async function readGraphTriples(
  executor: CypherExecutor,
  filter: GraphTripleFilter = {},
): Promise<EvaluationItem[]> {
  const rows = await executor.read<TripleRow>("evaluation/read-triples", {
    runId: filter.tripleRunId ?? null,
    nations: filter.nations ?? null,
    sets: filter.sets ?? null,
    limit: integer(filter.limit ?? 1_000_000),
    conflictRunId: filter.conflictRunId ?? null,
    includeFlagged: filter.includeFlagged ?? false,
  });
  return rows.map((row) => ({ ...row, source: "graph", conflictReduced: row.conflictReduced ?? null }));
}
