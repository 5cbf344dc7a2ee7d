// One round's decisions on the link table: the found cycles get their strings (ids of their links, objects of just
// those links) and go through decide-round.ts unchanged; the cascade (statement links of a deactivated statement)
// and the deactivation itself run on the columns, with an id string only for each deactivated link.
import type { RowCycle } from "../cycles/table-search.js";
import type { ConflictLink, Cycle } from "../types.js";
import { decideRound, type LinkDeactivation, type RoundDecisions } from "./decide-round.js";
import type { DominanceTable } from "./dominance.js";
import { LINK_KINDS, linkIdOf, linkOf, rowOfLinkId, type LinkTable } from "./link-table.js";

const STATEMENT = LINK_KINDS.indexOf("statement");

export interface TableRound {
  decisions: RoundDecisions;
  cascaded: LinkDeactivation[];
  /** Distinct links deactivated this round (decided and cascaded). */
  linksDeactivated: number;
}

const isIdCycle = (cycle: RowCycle | Cycle): cycle is Cycle => typeof cycle.links[0] === "string";

/** Cycles as the object path has them (ids), with the objects of their links, and each id's row. */
export function cyclesWithLinks(
  table: LinkTable,
  found: readonly RowCycle[] | readonly Cycle[],
): { cycles: Cycle[]; links: Map<string, ConflictLink>; rows: Map<string, number> } {
  const links = new Map<string, ConflictLink>();
  const rows = new Map<string, number>();
  const ids = new Map<number, string>();
  const idOf = (row: number): string => {
    let id = ids.get(row);
    if (id === undefined) {
      const link = linkOf(table, row);
      id = link.id;
      links.set(id, link);
      rows.set(id, row);
      ids.set(row, id);
    }
    return id;
  };
  const cycles = found.map((cycle): Cycle => {
    if (isIdCycle(cycle)) {
      for (const id of cycle.links) {
        if (rows.has(id)) continue;
        const row = rowOfLinkId(table, id);
        if (row < 0)
          throw new Error(`conflicts.reduce: the cycle search returned link ${id}, which the run does not hold`);
        idOf(row);
      }
      return cycle;
    }
    return { nodes: cycle.nodes.map((node) => table.articles[node]!), links: cycle.links.map(idOf) };
  });
  return { cycles, links, rows };
}

/** Decides the round's cycles, cascades to the statement links of deactivated statements, deactivates the rows. */
export function decideTableRound(
  runId: string,
  round: number,
  table: LinkTable,
  found: readonly RowCycle[] | readonly Cycle[],
  standings: DominanceTable,
): TableRound {
  const { cycles, links, rows } = cyclesWithLinks(table, found);
  const decisions = decideRound(runId, round, cycles, links, standings);
  const decided = new Set(decisions.links.map((deactivation) => rows.get(deactivation.linkId)!));
  const statementIndex =
    decisions.statements.length === 0
      ? new Map<string, number>()
      : new Map(table.statements.map((id, index) => [id, index]));
  const byStatement = new Map(
    decisions.statements.map((deactivation) => [statementIndex.get(deactivation.statementId)!, deactivation]),
  );
  const cascaded: LinkDeactivation[] = [];
  if (byStatement.size > 0)
    for (let row = 0; row < table.size; row += 1) {
      if (table.active[row] !== 1 || table.kind[row] !== STATEMENT || decided.has(row)) continue;
      const cause = byStatement.get(table.sourceStatement[row]!) ?? byStatement.get(table.targetStatement[row]!);
      if (cause === undefined) continue;
      cascaded.push({
        linkId: linkIdOf(table, row),
        cycleId: cause.cycleId,
        round: cause.round,
        reason: `its statement ${cause.statementId} was deactivated`,
      });
      table.active[row] = 0;
    }
  for (const row of decided) table.active[row] = 0;
  return { decisions, cascaded, linksDeactivated: decided.size + cascaded.length };
}
