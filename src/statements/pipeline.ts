// The statement chain on one article selection, as typed code: extraction → source judgment → triples, each a
// stage with its own Run. With a run id R the three runs are R, R:sources and R:triples (derivedRunId).
import { derivedRunId, type DeepPartial, type StageDependencies, type StageOptions } from "../kernel/index.js";
import { extractStatements, type ExtractionSettings } from "./extraction.js";
import { judgeSources, type SourceJudgmentSettings } from "./source-judgment.js";
import { buildTriples, type TripleSettings } from "./triples.js";
import type { StageResult } from "./types.js";

export interface StatementPipelineOptions extends Omit<StageOptions<unknown>, "settings"> {
  settings?: {
    extract?: DeepPartial<ExtractionSettings>;
    sources?: DeepPartial<SourceJudgmentSettings>;
    triples?: DeepPartial<TripleSettings>;
  };
}

export async function runStatementPipeline(
  input: { articleIds: string[] },
  options: StatementPipelineOptions,
  dependencies: StageDependencies,
): Promise<{ extraction: StageResult; sources: StageResult; triples: StageResult }> {
  const { runId, settings = {}, ...shared } = options;
  const step = (stage: string) => (runId === undefined ? {} : { runId: derivedRunId(runId, stage) });
  const extraction = await extractStatements(
    input,
    {
      ...shared,
      ...(runId === undefined ? {} : { runId }),
      ...(settings.extract ? { settings: settings.extract } : {}),
    },
    dependencies,
  );
  const sources = await judgeSources(
    input,
    { ...shared, ...step("statements.sources"), ...(settings.sources ? { settings: settings.sources } : {}) },
    dependencies,
  );
  const triples = await buildTriples(
    input,
    { ...shared, ...step("statements.triples"), ...(settings.triples ? { settings: settings.triples } : {}) },
    dependencies,
  );
  return { extraction, sources, triples };
}
