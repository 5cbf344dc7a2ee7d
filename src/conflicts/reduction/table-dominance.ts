// Standings and seeds on the link table: the rules of dominance.ts (each statement counted once per claim with its
// stance, the margin decides dominant or contested; seeds are − statement links inside a community, on a dominant
// claim, with a side off the dominant stance), read from the columns, with strings only for the claims' standings.
import type { ReductionOptions } from "../settings.js";
import type { ConflictLink, CycleSearchRequest, CycleSeed } from "../types.js";
import { standingOf, type DominanceTable } from "./dominance.js";
import {
  LINK_KINDS,
  NO_COMMUNITY,
  STANCES,
  activeLinks,
  communityLabel,
  linkIdOf,
  type LinkTable,
} from "./link-table.js";
import type { MarginSettings } from "./margin.js";

const STATEMENT = LINK_KINDS.indexOf("statement");

export interface TableStandings {
  table: DominanceTable;
  /** Per claim index: the dominant stance code (1 support, 2 oppose), 0 when contested or without statement links. */
  dominant: Uint8Array;
}

export function tableStandings(table: LinkTable, margin: MarginSettings): TableStandings {
  // Claim index → (statement index → stance code); claims in the order of their first active statement link.
  const members = new Map<number, Map<number, number>>();
  for (let row = 0; row < table.size; row += 1) {
    const claim = table.claim[row]!;
    if (table.active[row] !== 1 || table.kind[row] !== STATEMENT || claim < 0) continue;
    let stances = members.get(claim);
    if (stances === undefined) members.set(claim, (stances = new Map()));
    const [source, target] = [table.sourceStatement[row]!, table.targetStatement[row]!];
    if (source >= 0 && table.sourceStance[row] !== 0) stances.set(source, table.sourceStance[row]!);
    if (target >= 0 && table.targetStance[row] !== 0) stances.set(target, table.targetStance[row]!);
  }
  const standings: DominanceTable = new Map();
  const dominant = new Uint8Array(table.claims.length);
  for (const [claim, stances] of members) {
    let support = 0;
    for (const stance of stances.values()) if (stance === 1) support += 1;
    const standing = standingOf(table.claims[claim]!, support, stances.size - support, margin);
    standings.set(standing.claim, standing);
    dominant[claim] = STANCES.indexOf(standing.dominantStance);
  }
  return { table: standings, dominant };
}

/** The seed rows, ascending (= by link id). */
export function tableSeeds(table: LinkTable, standings: TableStandings): Int32Array {
  const seeds: number[] = [];
  for (let row = 0; row < table.size; row += 1) {
    if (table.active[row] !== 1 || table.sign[row]! >= 0 || table.community[row] === NO_COMMUNITY) continue;
    const claim = table.claim[row]!;
    if (table.kind[row] !== STATEMENT || claim < 0) continue;
    const dominant = standings.dominant[claim]!;
    if (dominant === 0) continue;
    if (table.sourceStance[row] === dominant && table.targetStance[row] === dominant) continue;
    seeds.push(row);
  }
  return Int32Array.from(seeds);
}

/** Seed objects for a search backend that reads them (the Cypher one): strings for the seeds only. */
export function seedObjects(table: LinkTable, seeds: Int32Array, standings: TableStandings): CycleSeed[] {
  return Array.from(seeds, (row) => ({
    linkId: linkIdOf(table, row),
    source: table.articles[table.source[row]!]!,
    target: table.articles[table.target[row]!]!,
    community: communityLabel(table.community[row]!)!,
    claim: table.claims[table.claim[row]!]!,
    dominantStance: STANCES[standings.dominant[table.claim[row]!]!]!,
  }));
}

/** A search backend that reads objects (Cypher, or one a test passes): seed objects, and link objects on demand. */
export function objectRequest(
  runId: string,
  table: LinkTable,
  seeds: Int32Array,
  standings: TableStandings,
  options: Pick<ReductionOptions, "maxLength" | "maxCyclesPerSeed">,
): CycleSearchRequest {
  let links: ConflictLink[] | null = null;
  return {
    runId,
    get links() {
      return (links ??= activeLinks(table));
    },
    seeds: seedObjects(table, seeds, standings),
    maxLength: options.maxLength,
    maxCyclesPerSeed: options.maxCyclesPerSeed,
  };
}
