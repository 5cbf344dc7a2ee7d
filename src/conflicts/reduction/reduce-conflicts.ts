// Stage: conflict reduction rounds (NaVAB §3.4 Step II). Each round: Louvain value clusters over the active links,
// the standing of each (cluster, canonical claim) — dominant with a margin, or contested —, unbalanced cycles
// (odd count of − statement links on a dominant claim) through the disagreeing links that deviate from it, and
// deactivation of the deviating links and statements; stops early when a round changes nothing. Every decision is
// stored, on this run only; the stage warns when it has nothing to work on (no statement links, seeds or cycles).
// Stage `conflicts.reduce` (run id `<graph run>:reduce`); resume rule "replay-same-settings".
import {
  derivedRunId,
  stageFunction,
  type StageContext,
  type StageDefinition,
  type StageDependencies,
} from "../../kernel/index.js";
import { InputError } from "../../shared/errors.js";
import { cypherCycleSearch } from "../cycles/cypher-search.js";
import { tableCycleSearch } from "../cycles/table-search.js";
import { REDUCTION_SETTINGS, type ReductionOptions } from "../settings.js";
import type { CycleSearch } from "../types.js";
import { linkPrefix, loadLinkTable } from "./link-store.js";
import { LINK_KINDS } from "./link-table.js";
import { assignTableCommunities } from "./table-communities.js";
import { decideTableRound } from "./table-decisions.js";
import { objectRequest, tableSeeds, tableStandings } from "./table-dominance.js";
import {
  writeClaimStandings,
  writeTableCommunities,
  writeRound,
  writeRoundCounts,
  type RoundCounts,
} from "./round-writer.js";

export interface ReductionInput {
  /** The conflict graph run (its LINK edges and JUDGED_IN scope) to reduce. */
  runId: string;
}

export type ReductionDependencies = StageDependencies & {
  /** Overrides the backend named in the settings (tests, benchmarks). */
  search?: CycleSearch;
};

export interface ReductionResult {
  runId: string;
  reductionRunId: string;
  rounds: RoundCounts[];
  statementsJudged: number;
  /** Reading the links before round 1, and storing the final communities on the links after the last round. */
  loadSeconds: number;
  communityWriteSeconds: number;
}

type ReductionContext = StageContext<ReductionInput, ReductionOptions, ReductionDependencies>;

async function run(context: ReductionContext): Promise<ReductionResult> {
  const { input, settings: options } = context;
  const { executor } = context.dependencies;
  const progress = context.progress;
  // The memory backend is the search on the link table; another backend reads seed (and link) objects.
  const search =
    context.dependencies.search ?? (options.execution.backend === "cypher" ? cypherCycleSearch(executor) : undefined);
  const id = context.runId;
  const total = stopwatch();
  const table = await loadLinkTable(executor, input.runId);
  const loadSeconds = total();
  if (table.size === 0)
    throw new InputError(
      `conflicts.reduce: conflict run ${input.runId} has no LINK edges: build the conflict graph first (navab conflicts build)`,
    );
  const [scope] = await executor.read<{ statements: number }>("conflicts/count-scope", { runId: input.runId });
  const statementsJudged = scope?.statements ?? 0;
  if (!table.kind.includes(LINK_KINDS.indexOf("statement")))
    context.warn(
      `conflicts.reduce: conflict run ${input.runId} has no active statement links, so no stance can conflict (check the graph build: embedder thresholds, the agreement judge)`,
    );
  const writeContext = { runId: input.runId, reductionRunId: id, backend: search?.name ?? "memory" };
  const rounds: RoundCounts[] = [];
  let statementsActive = statementsJudged;
  progress.start("conflict reduction rounds", options.rounds);
  for (let round = 1; round <= options.rounds; round += 1) {
    const started = performance.now();
    const lap = stopwatch();
    const activeLinks = table.active.reduce((sum, active) => sum + active, 0);
    const communities = assignTableCommunities(table, { seed: options.seed + round, resolution: options.resolution });
    const louvainSeconds = lap();
    if (search?.name === "cypher") await writeTableCommunities(executor, table);
    const standings = tableStandings(table, options.margin);
    const seeds = tableSeeds(table, standings);
    const contestedClaims = [...standings.table.values()].filter((standing) => standing.dominantStance === null).length;
    const found =
      search === undefined
        ? tableCycleSearch(table, seeds, options.maxLength, options.maxCyclesPerSeed)
        : await search.find(objectRequest(input.runId, table, seeds, standings, options));
    const searchSeconds = lap();
    const { decisions, cascaded, linksDeactivated } = decideTableRound(
      input.runId,
      round,
      table,
      found,
      standings.table,
    );
    await writeRound(executor, writeContext, decisions, cascaded);
    await writeClaimStandings(executor, writeContext, round, standings.table);
    const writeSeconds = lap();
    statementsActive -= decisions.statements.length;
    const counts: RoundCounts = {
      round,
      communities: communities.count,
      activeLinks,
      claims: standings.table.size,
      contestedClaims,
      seeds: seeds.length,
      cyclesFound: decisions.cycles.length,
      linksDeactivated,
      statementsDeactivated: decisions.statements.length,
      statementsActive,
      seconds: Math.round(performance.now() - started) / 1000,
      louvainSeconds,
      searchSeconds,
      writeSeconds,
    };
    await writeRoundCounts(executor, writeContext, counts);
    rounds.push(counts);
    progress.update(round);
    if (linksDeactivated === 0) break;
  }
  progress.stop();
  warnWhenIdle(context, rounds);
  total();
  await writeTableCommunities(executor, table);
  const communityWriteSeconds = total();
  Object.assign(context.counts, {
    rounds: rounds.length,
    statementsJudged,
    statementsActive,
    linksDeactivated: rounds.reduce((sum, round) => sum + round.linksDeactivated, 0),
    claims: rounds[0]?.claims ?? 0,
    contestedClaims: rounds[0]?.contestedClaims ?? 0,
    seeds: rounds.reduce((sum, round) => sum + round.seeds, 0),
    cycles: rounds.reduce((sum, round) => sum + round.cyclesFound, 0),
  });
  return { runId: input.runId, reductionRunId: id, rounds, statementsJudged, loadSeconds, communityWriteSeconds };
}

export const reductionStage: StageDefinition<ReductionInput, ReductionOptions, ReductionResult, ReductionDependencies> =
  {
    name: "conflicts.reduce",
    settings: REDUCTION_SETTINGS,
    resume: "replay-same-settings",
    runId: (input) => reductionRunId(input.runId),
    versions: (input) => ({ graphRun: input.runId }),
    describeInput: (input) => ({ graphRunId: input.runId }),
    seed: (settings) => settings.seed,
    /** Replaying a run: what it deactivated becomes active again first (its records stay and are MERGEd again). */
    async reset(context) {
      const { runId } = context.input;
      await context.dependencies.executor.write("conflicts/reset-run", { runId, prefix: linkPrefix(runId) });
    },
    run,
  };

export const reduceConflicts = stageFunction(reductionStage);

/** The reduction's own Run id: `<graph run id>:reduce`. */
export function reductionRunId(graphRunId: string): string {
  return derivedRunId(graphRunId, "conflicts.reduce");
}

/** Round 1 found no seed or no cycle: the run removed nothing, and the user should know why. */
function warnWhenIdle(context: ReductionContext, rounds: readonly RoundCounts[]): void {
  const first = rounds[0];
  if (first === undefined) return;
  if (first.seeds === 0)
    context.warn(
      `conflicts.reduce: round 1 found no disagreeing statement link on a claim with a dominant stance (${first.claims} claims, ${first.contestedClaims} contested), so nothing was removed`,
    );
  else if (first.cyclesFound === 0)
    context.warn(
      `conflicts.reduce: round 1 found no unbalanced cycle through its ${first.seeds} seeds (no context link closes one within ${context.settings.maxLength} hops), so nothing was removed`,
    );
}

/** Seconds since the previous call (or creation), rounded to milliseconds. */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const seconds = Math.round(now - last) / 1000;
    last = now;
    return seconds;
  };
}
