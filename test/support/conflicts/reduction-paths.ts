// The reduction rounds without a database, on two paths: the object path of main before the link table (an object
// per link, Louvain fed one updateEdge per link, the object CSR search, decide-round + cascade over objects) and the
// link-table path reduceConflicts runs now. Both return the same round records (tests compare them) with the wall
// time of each phase (the in-memory bench prints them).
import { uniqueCycles } from "../../../src/conflicts/cycles/canonical.js";
import { compactCycleSearch } from "../../../src/conflicts/cycles/csr-search.js";
import { tableCycleSearch } from "../../../src/conflicts/cycles/table-search.js";
import { detectCommunities, setCommunities } from "../../../src/conflicts/reduction/communities.js";
import {
  cascadeLinks,
  decideRound,
  type RoundDecisions,
  type LinkDeactivation,
} from "../../../src/conflicts/reduction/decide-round.js";
import { dominantStances, findSeeds, type DominanceTable } from "../../../src/conflicts/reduction/dominance.js";
import { communityLabel, linkIdOf, type LinkTable } from "../../../src/conflicts/reduction/link-table.js";
import type { MarginSettings } from "../../../src/conflicts/reduction/margin.js";
import { assignTableCommunities } from "../../../src/conflicts/reduction/table-communities.js";
import { decideTableRound } from "../../../src/conflicts/reduction/table-decisions.js";
import { tableSeeds, tableStandings } from "../../../src/conflicts/reduction/table-dominance.js";
import type { ConflictLink } from "../../../src/conflicts/types.js";

export interface PathOptions {
  rounds: number;
  seed: number;
  resolution: number;
  margin: MarginSettings;
  maxLength: number;
  maxCyclesPerSeed: number;
}

export interface PathRound {
  round: number;
  /** Distinct Louvain communities of the round (the count reduceConflicts records). */
  communities: number;
  /** Community label of every in-community link, by link id (`detail` only). */
  linkCommunities?: Map<string, string | null>;
  standings: DominanceTable;
  seeds: string[];
  decisions: RoundDecisions;
  cascaded: LinkDeactivation[];
  activeLinks: number;
  linksDeactivated: number;
  seconds: { louvain: number; seeds: number; search: number; decisions: number };
}

const lapper = (): (() => number) => {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const seconds = (now - last) / 1000;
    last = now;
    return seconds;
  };
};

/** The object path; `links` are taken over (communities set in place), as reduceConflicts did. */
export function objectRounds(runId: string, links: ConflictLink[], options: PathOptions, detail = false): PathRound[] {
  const rounds: PathRound[] = [];
  let current = links;
  for (let round = 1; round <= options.rounds; round += 1) {
    const lap = lapper();
    const communities = detectCommunities(current, { seed: options.seed + round, resolution: options.resolution });
    setCommunities(current, communities);
    const louvain = lap();
    const standings = dominantStances(current, options.margin);
    const seeds = findSeeds(current, standings);
    const seedSeconds = lap();
    const cycles =
      seeds.length === 0
        ? []
        : uniqueCycles(
            compactCycleSearch({
              runId,
              links: current,
              seeds,
              maxLength: options.maxLength,
              maxCyclesPerSeed: options.maxCyclesPerSeed,
            }),
          );
    const search = lap();
    const decisions = decideRound(runId, round, cycles, new Map(current.map((link) => [link.id, link])), standings);
    const cascaded = cascadeLinks(current, decisions);
    const removed = new Set([...decisions.links, ...cascaded].map((row) => row.linkId));
    rounds.push({
      round,
      communities: new Set(communities.values()).size,
      linkCommunities: detail ? new Map(current.map((link) => [link.id, link.community ?? null])) : undefined,
      standings,
      seeds: seeds.map((seed) => seed.linkId),
      decisions,
      cascaded,
      activeLinks: current.length,
      linksDeactivated: removed.size,
      seconds: { louvain, seeds: seedSeconds, search, decisions: lap() },
    });
    current = current.filter((link) => !removed.has(link.id));
    if (removed.size === 0) break;
  }
  return rounds;
}

/** The link-table path of reduceConflicts (its rows are deactivated in place). */
export function tableRounds(runId: string, table: LinkTable, options: PathOptions, detail = false): PathRound[] {
  const rounds: PathRound[] = [];
  for (let round = 1; round <= options.rounds; round += 1) {
    const lap = lapper();
    const activeLinks = table.active.reduce((sum, active) => sum + active, 0);
    const communities = assignTableCommunities(table, { seed: options.seed + round, resolution: options.resolution });
    const louvain = lap();
    const standings = tableStandings(table, options.margin);
    const seeds = tableSeeds(table, standings);
    const seedSeconds = lap();
    const found = tableCycleSearch(table, seeds, options.maxLength, options.maxCyclesPerSeed);
    const search = lap();
    let linkCommunities: Map<string, string | null> | undefined;
    if (detail) {
      linkCommunities = new Map();
      for (let row = 0; row < table.size; row += 1)
        if (table.active[row] === 1) linkCommunities.set(linkIdOf(table, row), communityLabel(table.community[row]!));
    }
    const decided = decideTableRound(runId, round, table, found, standings.table);
    rounds.push({
      round,
      communities: communities.count,
      linkCommunities,
      standings: standings.table,
      seeds: Array.from(seeds, (row) => linkIdOf(table, row)),
      decisions: decided.decisions,
      cascaded: decided.cascaded,
      activeLinks,
      linksDeactivated: decided.linksDeactivated,
      seconds: { louvain, seeds: seedSeconds, search, decisions: lap() },
    });
    if (decided.linksDeactivated === 0) break;
  }
  return rounds;
}
