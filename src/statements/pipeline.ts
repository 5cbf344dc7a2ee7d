// The whole statement chain on one article selection: extraction → source judgment → triples (each resumable).
import { extractStatements, type ExtractionOptions } from "./extraction.js";
import { judgeSources } from "./source-judgment.js";
import { buildTriples } from "./triples.js";
import type { StageDependencies, StageResult } from "./types.js";

export async function runStatementPipeline(
  input: { articleIds: string[] },
  options: ExtractionOptions,
  dependencies: StageDependencies,
): Promise<{ extraction: StageResult; sources: StageResult; triples: StageResult }> {
  const { runId, ...shared } = options;
  const derived = (suffix: string) => (runId === undefined ? shared : { ...shared, runId: `${runId}-${suffix}` });
  const extraction = await extractStatements(input, options, dependencies);
  const sources = await judgeSources(input, derived("sources"), dependencies);
  const triples = await buildTriples(input, derived("triples"), dependencies);
  return { extraction, sources, triples };
}
