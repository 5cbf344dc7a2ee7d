// Preference rows for DPO export: question → prompt, statement S → chosen, reverse statement RS → rejected,
// each with its provenance ids (triple, statement, article) so any training row traces back to the news.
import type { CypherExecutor } from "../database/executor.js";
import type { EvaluationItem } from "../evaluation/items/evaluation-item.js";
import { sourceOfFile } from "./training/source-licences.js";

export interface PreferenceRow {
  id: string;
  prompt: string;
  chosen: string;
  rejected: string;
  nation: string;
  set: string;
  language: string;
  conflictReduced: boolean | null;
  tripleId: string | null;
  statementId: string | null;
  articleId: string | null;
  /** Every article stating the item's text (one item per statement text); the split keeps them on one side. */
  articleIds?: string[];
  tripleRunId: string | null;
  /** Where the text came from: a corpus folder of ../shared/corpora, a reference set, or "user-corpus". */
  source?: string | null;
}

export interface GraphPreferenceFilter {
  tripleRunId?: string;
  nations?: string[];
  /** The conflict run whose kept statements make the "conflict-reduced" variant. */
  conflictRunId?: string;
  /** Also Triples flagged by the automatic checks (not those whose RS equals S); default valid ones only. */
  includeFlagged?: boolean;
}

export async function readGraphPreferenceRows(
  executor: CypherExecutor,
  filter: GraphPreferenceFilter = {},
): Promise<PreferenceRow[]> {
  const rows = await executor.read<Omit<PreferenceRow, "id" | "source"> & { sourceFile: string | null }>(
    "export/read-preference-triples",
    {
      runId: filter.tripleRunId ?? null,
      nations: filter.nations ?? null,
      conflictRunId: filter.conflictRunId ?? null,
      includeFlagged: filter.includeFlagged ?? false,
    },
  );
  return rows.map(({ sourceFile, ...row }) => ({
    ...row,
    id: row.tripleId ?? "",
    conflictReduced: row.conflictReduced ?? null,
    source: sourceOfFile(sourceFile),
  }));
}

/** Evaluation items (e.g. the 75 reference triples) as preference rows. */
export function itemsToPreferenceRows(items: readonly EvaluationItem[]): PreferenceRow[] {
  return items.map((item) => ({
    id: item.id,
    prompt: item.question,
    chosen: item.statement,
    rejected: item.reverseStatement,
    nation: item.nation,
    set: item.set,
    language: item.language,
    conflictReduced: item.conflictReduced,
    tripleId: item.source === "graph" ? item.id : null,
    statementId: item.statementId,
    articleId: item.articleId,
    articleIds: item.articleId === null ? [] : [item.articleId],
    tripleRunId: null,
    source: item.source === "reference" ? "navab-pipeline-samples" : item.source === "probvaa" ? "probvaa" : null,
  }));
}

/** The provenance fields every exported row keeps. */
export function provenanceOf(row: PreferenceRow): Record<string, string | boolean | null> {
  return {
    id: row.id,
    tripleId: row.tripleId,
    statementId: row.statementId,
    articleId: row.articleId,
    tripleRunId: row.tripleRunId,
    nation: row.nation,
    set: row.set,
    conflictReduced: row.conflictReduced,
  };
}
