// The unit every evaluation method scores: a <Question, Statement, Reverse Statement> triple with its grouping keys.
export type EvaluationSource = "graph" | "reference" | "probvaa";

export interface EvaluationItem {
  /** Triple id for graph items; a stable derived id for the reference triples and ProbVAA pairs. */
  id: string;
  source: EvaluationSource;
  question: string;
  statement: string;
  reverseStatement: string;
  nation: string;
  /** "quoted" | "official" for NaVAB triples, "probvaa" for the sanity pairs. */
  set: string;
  language: string;
  /** True when the triple's statement was kept by the chosen conflict run, false when it deactivated it; null when
   * no conflict run was chosen, the run did not judge the statement, or the item is external. */
  conflictReduced: boolean | null;
  /** The article the statement came from (DPO split key, provenance). */
  articleId: string | null;
  statementId: string | null;
}
