// Writes one round's decisions to the graph: ConflictCycle nodes, deactivated links and statements, the standing of
// every (community, claim) with its counts and margin (ConflictClaim: dominant or contested), round counts.
import type { CypherExecutor } from "../../database/executor.js";
import { integer } from "../../database/values.js";
import type { RoundDecisions, LinkDeactivation } from "./decide-round.js";
import type { DominanceTable } from "./dominance.js";
import { communityLabel, linkIdOf, type LinkTable } from "./link-table.js";

export interface RoundCounts {
  round: number;
  communities: number;
  activeLinks: number;
  /** Canonical claims with active statement links this round, and those without a dominant stance (contested). */
  claims: number;
  contestedClaims: number;
  seeds: number;
  cyclesFound: number;
  linksDeactivated: number;
  statementsDeactivated: number;
  statementsActive: number;
  seconds: number;
  /** Parts of `seconds`: Louvain, cycle search (community write included for Cypher), decisions + graph writes. */
  louvainSeconds: number;
  searchSeconds: number;
  writeSeconds: number;
}

export interface RoundWriteContext {
  runId: string;
  reductionRunId: string;
  backend: string;
}

const batchSize = 2000;

export async function writeRound(
  executor: CypherExecutor,
  context: RoundWriteContext,
  decisions: RoundDecisions,
  cascaded: readonly LinkDeactivation[],
): Promise<void> {
  const cycleRows = decisions.cycles.map((decision) => ({
    id: decision.id,
    round: integer(decision.round),
    nodes: decision.cycle.nodes,
    links: decision.cycle.links,
    community: decision.community,
    claims: decision.conflicts.map((conflict) => conflict.claim),
    dominantStance: decision.conflicts[0]?.dominantStance ?? null,
    dominantStances: decision.conflicts.map((conflict) => `${conflict.claim}=${conflict.dominantStance}`),
    deviatingLinks: decision.deviatingLinks,
  }));
  const parameters = { runId: context.runId, reductionRunId: context.reductionRunId, backend: context.backend };
  await executor.writeBatches("conflicts/merge-cycles", cycleRows, { batchSize, parameters });
  const linkRows = [...decisions.links, ...cascaded].map((row) => ({ ...row, round: integer(row.round) }));
  await executor.writeBatches("conflicts/deactivate-links", linkRows, { batchSize, parameters });
  const statementRows = decisions.statements.map((row) => ({ ...row, round: integer(row.round) }));
  await executor.writeBatches("conflicts/deactivate-statements", statementRows, { batchSize, parameters });
}

/** One ConflictClaim per claim of the round: support/oppose counts, share, p-value, dominant or contested. */
export async function writeClaimStandings(
  executor: CypherExecutor,
  context: RoundWriteContext,
  round: number,
  table: DominanceTable,
): Promise<void> {
  const rows = [...table.values()].map((standing) => ({
    id: `${context.reductionRunId}:${round}:${standing.claim}`,
    claim: standing.claim,
    support: integer(standing.support),
    oppose: integer(standing.oppose),
    share: standing.share,
    pValue: standing.pValue,
    dominantStance: standing.dominantStance,
  }));
  const parameters = { runId: context.runId, reductionRunId: context.reductionRunId, round: integer(round) };
  await executor.writeBatches("conflicts/merge-claims", rows, { batchSize: 5000, parameters });
}

export async function writeRoundCounts(
  executor: CypherExecutor,
  context: RoundWriteContext,
  counts: RoundCounts,
): Promise<void> {
  const integers = Object.fromEntries(
    Object.entries(counts).map(([key, value]) => [key, key.endsWith("econds") ? value : integer(value)]),
  );
  await executor.write("conflicts/merge-round", {
    ...integers,
    runId: context.runId,
    reductionRunId: context.reductionRunId,
    backend: context.backend,
  });
}

export async function writeCommunities(
  executor: CypherExecutor,
  rows: readonly { id: string; community: string | null }[],
): Promise<void> {
  await executor.writeBatches("conflicts/write-communities", rows, { batchSize: 10_000 });
}

/** Rows per call of writeCommunities when the communities come from the link table. */
const communityBatch = 100_000;

/** Writes the communities of the active links that differ from what the graph holds, a batch of ids at a time. */
export async function writeTableCommunities(executor: CypherExecutor, table: LinkTable): Promise<void> {
  let rows: { id: string; community: string | null }[] = [];
  for (let row = 0; row < table.size; row += 1) {
    if (table.active[row] !== 1 || table.writtenCommunity[row] === table.community[row]) continue;
    rows.push({ id: linkIdOf(table, row), community: communityLabel(table.community[row]!) });
    table.writtenCommunity[row] = table.community[row]!;
    if (rows.length === communityBatch) {
      await writeCommunities(executor, rows);
      rows = [];
    }
  }
  await writeCommunities(executor, rows);
}
