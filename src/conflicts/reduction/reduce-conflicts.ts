// Stage: conflict reduction rounds (NaVAB §3.4 Step II). Each round: Louvain value clusters over the active links,
// dominant stance per (cluster, claim), conflicting cycles through deviating statement links, deactivation of
// the deviating links and statements; stops early when a round changes nothing. Every decision is stored.
import type { CypherExecutor } from "../../database/executor.js";
import { configHash, finishRun, startRun } from "../../runs/run-record.js";
import { InputError } from "../../shared/errors.js";
import { silentProgress, type ProgressReporter } from "../../shared/progress.js";
import { cypherCycleSearch } from "../cycles/cypher-search.js";
import { memoryCycleSearch } from "../cycles/memory-search.js";
import { REDUCTION_DEFAULTS, type ReductionOptions } from "../defaults.js";
import type { ConflictLink, CycleSearch } from "../types.js";
import { assignCommunities, detectCommunities } from "./communities.js";
import { cascadeLinks, decideRound } from "./decide-round.js";
import { dominantStances, findSeeds } from "./dominance.js";
import { linkPrefix, loadActiveLinks } from "./link-store.js";
import { writeCommunities, writeRound, writeRoundCounts, type RoundCounts } from "./round-writer.js";

export interface ReductionInput {
  /** The conflict graph run (its LINK edges and JUDGED_IN scope) to reduce. */
  runId: string;
}

export interface ReductionDependencies {
  executor: CypherExecutor;
  progress?: ProgressReporter;
  /** Overrides the backend named in the options (tests, benchmarks). */
  search?: CycleSearch;
}

export interface ReductionResult {
  runId: string;
  reductionRunId: string;
  rounds: RoundCounts[];
  statementsJudged: number;
  /** Reading the links before round 1, and storing the final communities on the links after the last round. */
  loadSeconds: number;
  communityWriteSeconds: number;
}

export const reductionRunId = (runId: string): string => `${runId}:reduction`;

function validate(options: ReductionOptions): void {
  const problems: string[] = [];
  if (!Number.isInteger(options.rounds) || options.rounds < 1 || options.rounds > 50)
    problems.push("rounds must be an integer 1..50");
  if (!Number.isInteger(options.maxLength) || options.maxLength < 3 || options.maxLength > 5)
    problems.push("maxLength must be 3, 4 or 5");
  if (!Number.isInteger(options.maxCyclesPerSeed) || options.maxCyclesPerSeed < 1)
    problems.push("maxCyclesPerSeed must be a positive integer");
  if (options.backend !== "memory" && options.backend !== "cypher")
    problems.push(`backend must be memory or cypher, not ${String(options.backend)}`);
  if (problems.length > 0) throw new InputError(`conflict reduction: ${problems.join("; ")}`);
}

async function openRun(executor: CypherExecutor, input: ReductionInput, options: ReductionOptions): Promise<string> {
  const id = reductionRunId(input.runId);
  // The backend is left out of the hash: both backends find the same cycles, so switching them replays the same run.
  const { backend: _backend, ...decisive } = options;
  const config = { ...decisive, graphRunId: input.runId };
  const [existing] = await executor.read<{ configHash: string | null }>("conflicts/run-config", { id });
  if (existing?.configHash && existing.configHash !== configHash(config)) {
    throw new InputError(
      `conflict run ${input.runId} was reduced with other settings; use a new run id to compare settings`,
    );
  }
  await startRun(executor, { id, stage: "conflicts-reduce", config, versions: { reduction: "1" }, seed: options.seed });
  return id;
}

export async function reduceConflicts(
  input: ReductionInput,
  overrides: Partial<ReductionOptions>,
  dependencies: ReductionDependencies,
): Promise<ReductionResult> {
  const options: ReductionOptions = { ...REDUCTION_DEFAULTS, ...overrides };
  validate(options);
  const { executor } = dependencies;
  const progress = dependencies.progress ?? silentProgress;
  const search =
    dependencies.search ?? (options.backend === "cypher" ? cypherCycleSearch(executor) : memoryCycleSearch);
  const id = await openRun(executor, input, options);
  try {
    await executor.write("conflicts/reset-run", { runId: input.runId, prefix: linkPrefix(input.runId) });
    const total = stopwatch();
    let links = await loadActiveLinks(executor, input.runId);
    const loadSeconds = total();
    if (links.length === 0)
      throw new InputError(
        `conflict run ${input.runId} has no LINK edges: build the conflict graph first (navab conflicts build)`,
      );
    const [scope] = await executor.read<{ statements: number }>("conflicts/count-scope", { runId: input.runId });
    const statementsJudged = scope?.statements ?? 0;
    const context = { runId: input.runId, reductionRunId: id, backend: search.name };
    const rounds: RoundCounts[] = [];
    let statementsActive = statementsJudged;
    let stored = new Map<string, string | null>();
    progress.start("conflict reduction rounds", options.rounds);
    for (let round = 1; round <= options.rounds; round += 1) {
      const started = performance.now();
      const lap = stopwatch();
      const communities = detectCommunities(links, { seed: options.seed + round, resolution: options.resolution });
      const louvainSeconds = lap();
      const current = assignCommunities(links, communities);
      if (search.name === "cypher") stored = await syncCommunities(executor, current, stored);
      const table = dominantStances(current);
      const seeds = findSeeds(current, table);
      const cycles = await search.find({
        runId: input.runId,
        links: current,
        seeds,
        maxLength: options.maxLength,
        maxCyclesPerSeed: options.maxCyclesPerSeed,
      });
      const searchSeconds = lap();
      const linksById = new Map(current.map((link) => [link.id, link]));
      const decisions = decideRound(input.runId, round, cycles, linksById, table);
      const cascaded = cascadeLinks(current, decisions);
      await writeRound(executor, context, decisions, cascaded);
      const writeSeconds = lap();
      const removed = new Set([...decisions.links, ...cascaded].map((row) => row.linkId));
      statementsActive -= decisions.statements.length;
      const counts: RoundCounts = {
        round,
        communities: new Set(communities.values()).size,
        activeLinks: current.length,
        seeds: seeds.length,
        cyclesFound: decisions.cycles.length,
        linksDeactivated: removed.size,
        statementsDeactivated: decisions.statements.length,
        statementsActive,
        seconds: Math.round(performance.now() - started) / 1000,
        louvainSeconds,
        searchSeconds,
        writeSeconds,
      };
      await writeRoundCounts(executor, context, counts);
      rounds.push(counts);
      progress.update(round);
      links = current.filter((link) => !removed.has(link.id));
      if (removed.size === 0) break;
    }
    progress.stop();
    total();
    await syncCommunities(executor, links, stored);
    const communityWriteSeconds = total();
    const totals = {
      rounds: rounds.length,
      statementsJudged,
      statementsActive,
      linksDeactivated: rounds.reduce((sum, round) => sum + round.linksDeactivated, 0),
    };
    await finishRun(executor, id, { status: "done", counts: totals });
    return { runId: input.runId, reductionRunId: id, rounds, statementsJudged, loadSeconds, communityWriteSeconds };
  } catch (error) {
    await finishRun(executor, id, { status: "failed", error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
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

/** Writes the communities that differ from what the graph holds; returns what it now holds. */
async function syncCommunities(
  executor: CypherExecutor,
  links: readonly ConflictLink[],
  stored: ReadonlyMap<string, string | null>,
): Promise<Map<string, string | null>> {
  const changed = links.filter((link) => stored.get(link.id) !== (link.community ?? null));
  await writeCommunities(
    executor,
    changed.map((link) => ({ id: link.id, community: link.community ?? null })),
  );
  return new Map(links.map((link) => [link.id, link.community ?? null]));
}
