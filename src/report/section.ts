// A report section: an id (the page anchor), a title, a loader that returns its data or undefined when the run
// did not produce it (then the page says "not run" with the hint), and a renderer of that data to HTML.
// The report is the list in sections/index.ts; a section is added by writing one file and adding it there.
import type { CypherExecutor } from "../database/executor.js";

export interface ReportContext {
  /** A connected executor, or undefined when the database is not reachable (graph sections say so). */
  executor?: CypherExecutor;
  /** NAVAB_HOME (evaluation records, model files). */
  home: string;
  /** The report's folder (the demo's out): relative links point into it. */
  out: string;
  /** NAVAB_REFERENCE (the paper's tables). */
  reference: string;
  /** Where `navab serve` answers (the auditor UI links). */
  serveUrl: string;
  /** Evaluation runs shown (records under <home>/evaluation/<id>.json). */
  evaluationRuns: string[];
  /** The conflict run whose rounds are shown, and the ablation beside it. */
  conflictRuns: { reduced: string; ablation: string };
  /** Run records listed: ids starting with this (null: every Run). */
  runPrefix: string | null;
}

export interface ReportSection<Data = unknown> {
  id: string;
  title: string;
  /** What produces this section's data, shown when it is absent (e.g. "`navab eval compare` (issue 15)"). */
  producedBy: string;
  load(context: ReportContext): Promise<Data | undefined>;
  render(data: Data, context: ReportContext): string;
}

/** Declares a section with its data type checked between load and render. */
export const defineSection = <Data>(section: ReportSection<Data>): ReportSection => section as ReportSection;
