// Writes a hand-built or generated conflict graph (articles, statements, LINK edges, scope) under one run id,
// for tests and benchmarks; `deleteFixture` removes exactly that fixture again. Ids start with `<runId>:`.
import type { CypherExecutor } from "../../../src/database/executor.js";
import { startRun } from "../../../src/runs/run-record.js";
import { linkPrefix } from "../../../src/conflicts/reduction/link-store.js";
import type { ConflictLink, Stance } from "../../../src/conflicts/types.js";

export interface FixtureStatement {
  id: string;
  articleId: string;
  stance: Stance;
  claim: string;
  text?: string;
}

export interface FixtureGraph {
  runId: string;
  articles: string[];
  statements: FixtureStatement[];
  links: (ConflictLink & { why?: string })[];
}

/** Fixture ids: `<runId>:<local>` for nodes, `<runId>/<local>` for links (the link id prefix of the run). */
export const fixtureId = (runId: string, local: string): string => `${runId}:${local}`;
export const fixtureLinkId = (runId: string, local: string): string => `${linkPrefix(runId)}${local}`;

export async function writeFixtureGraph(
  executor: CypherExecutor,
  graph: FixtureGraph,
  options: { create?: boolean; batchSize?: number } = {},
): Promise<void> {
  const batchSize = options.batchSize ?? 5000;
  const parameters = { runId: graph.runId };
  await startRun(executor, {
    id: graph.runId,
    stage: "conflicts.graph",
    config: { fixture: true },
    settingsVersion: "fixture",
    settingsHash: "fixture",
    versions: {},
    resume: "replace",
  });
  const articleRows = graph.articles.map((id) => ({ id, title: id }));
  await executor.writeBatches("testing/conflicts/merge-articles", articleRows, { batchSize, parameters });
  const statementRows = graph.statements.map((statement) => ({ text: statement.id, ...statement }));
  await executor.writeBatches("testing/conflicts/merge-statements", statementRows, { batchSize, parameters });
  const linkRows = graph.links.map((link) => ({
    claim: null,
    sourceStatement: null,
    targetStatement: null,
    sourceStance: null,
    targetStance: null,
    sign: null,
    why: `fixture ${link.kind} link`,
    ...link,
  }));
  const query = options.create ? "testing/conflicts/create-links" : "conflicts/merge-links";
  await executor.writeBatches(query, linkRows, { batchSize, parameters });
  const scope = graph.statements.map((statement) => statement.id);
  await executor.writeBatches("conflicts/merge-scope", scope, { batchSize, parameters });
}

export async function deleteFixture(executor: CypherExecutor, runId: string): Promise<void> {
  for (;;) {
    const [row] = await executor.write<{ deleted: number }>("testing/conflicts/delete-fixture", { runId });
    if (!row || row.deleted === 0) return;
  }
}
