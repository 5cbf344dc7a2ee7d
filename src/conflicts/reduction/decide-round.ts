// One reduction round's decisions (pure): which found cycles conflict on which claims (unbalanced: an odd number of −
// statement links on a claim that has a dominant stance with its margin), which statement links on such a claim
// deviate from the dominant stance (those are deactivated) and which statements lose their place with them.
import { createHash } from "node:crypto";
import { cycleKey } from "../cycles/canonical.js";
import { disagreesOn, type ConflictLink, type Cycle, type Stance } from "../types.js";
import { dominantFor, type DominanceTable } from "./dominance.js";

export interface CycleDecision {
  id: string;
  round: number;
  cycle: Cycle;
  community: string;
  conflicts: { claim: string; dominantStance: Stance }[];
  deviatingLinks: string[];
}

export interface LinkDeactivation {
  linkId: string;
  cycleId: string;
  round: number;
  reason: string;
}

export interface StatementDeactivation extends LinkDeactivation {
  statementId: string;
}

export interface RoundDecisions {
  cycles: CycleDecision[];
  links: LinkDeactivation[];
  statements: StatementDeactivation[];
}

/** Deterministic cycle id: the same run, round and canonical cycle always give the same node. */
export const cycleId = (runId: string, round: number, cycle: Cycle): string =>
  createHash("sha256")
    .update(`${runId}\u0000${round}\u0000${cycleKey(cycle)}`)
    .digest("hex")
    .slice(0, 32);

/** The claims on which a cycle is unbalanced (odd count of − links on the claim) and that have a dominant stance. */
function conflictsOf(cycleLinks: readonly ConflictLink[], table: DominanceTable): CycleDecision["conflicts"] {
  const oddClaims = new Map<string, ConflictLink>();
  const claims = new Set<string>();
  for (const link of cycleLinks) {
    if (link.kind !== "statement" || !link.claim) continue;
    claims.add(link.claim);
    if (!disagreesOn(link, link.claim)) continue;
    if (oddClaims.has(link.claim)) oddClaims.delete(link.claim);
    else oddClaims.set(link.claim, link);
  }
  const conflicts: CycleDecision["conflicts"] = [];
  for (const claim of [...claims].sort()) {
    const holder = oddClaims.get(claim);
    const dominant = holder === undefined ? null : dominantFor(holder, table);
    if (dominant !== null) conflicts.push({ claim, dominantStance: dominant });
  }
  return conflicts;
}

export function decideRound(
  runId: string,
  round: number,
  cycles: readonly Cycle[],
  linksById: ReadonlyMap<string, ConflictLink>,
  table: DominanceTable,
): RoundDecisions {
  const decisions: RoundDecisions = { cycles: [], links: [], statements: [] };
  const flaggedLinks = new Set<string>();
  const flaggedStatements = new Set<string>();
  for (const cycle of cycles) {
    const cycleLinks = cycle.links.map((id) => linksById.get(id)!);
    const conflicts = conflictsOf(cycleLinks, table);
    if (conflicts.length === 0) continue;
    const id = cycleId(runId, round, cycle);
    const dominantByClaim = new Map(conflicts.map((conflict) => [conflict.claim, conflict.dominantStance]));
    const deviating = cycleLinks.filter((link) => {
      const dominant = link.claim ? dominantByClaim.get(link.claim) : undefined;
      return (
        link.kind === "statement" &&
        dominant !== undefined &&
        (link.sourceStance !== dominant || link.targetStance !== dominant)
      );
    });
    decisions.cycles.push({
      id,
      round,
      cycle,
      community: cycleLinks[0]!.community ?? "",
      conflicts,
      deviatingLinks: deviating.map((link) => link.id),
    });
    for (const link of deviating) {
      const dominant = dominantByClaim.get(link.claim!)!;
      const standing = table.get(link.claim!);
      const counts = standing
        ? ` (${standing.support} support / ${standing.oppose} oppose, p ${standing.pValue.toPrecision(2)})`
        : "";
      const why = `claim "${link.claim}" has dominant stance ${dominant}${counts}`;
      if (!flaggedLinks.has(link.id)) {
        flaggedLinks.add(link.id);
        decisions.links.push({
          linkId: link.id,
          cycleId: id,
          round,
          reason: `deviating stance in an unbalanced ${cycle.links.length}-cycle: ${why}`,
        });
      }
      const sides: [string | null | undefined, Stance | null | undefined][] = [
        [link.sourceStatement, link.sourceStance],
        [link.targetStatement, link.targetStance],
      ];
      for (const [statementId, stance] of sides) {
        if (!statementId || stance === dominant || flaggedStatements.has(statementId)) continue;
        flaggedStatements.add(statementId);
        decisions.statements.push({
          statementId,
          linkId: link.id,
          cycleId: id,
          round,
          reason: `stance ${stance} deviates: ${why}`,
        });
      }
    }
  }
  return decisions;
}

/** Links that lose their last reason to exist because one of their statements was deactivated this round. */
export function cascadeLinks(links: readonly ConflictLink[], decisions: RoundDecisions): LinkDeactivation[] {
  const already = new Set(decisions.links.map((deactivation) => deactivation.linkId));
  const byStatement = new Map(decisions.statements.map((deactivation) => [deactivation.statementId, deactivation]));
  const cascaded: LinkDeactivation[] = [];
  for (const link of links) {
    if (link.kind !== "statement" || already.has(link.id)) continue;
    const cause = byStatement.get(link.sourceStatement ?? "") ?? byStatement.get(link.targetStatement ?? "");
    if (cause === undefined) continue;
    cascaded.push({
      linkId: link.id,
      cycleId: cause.cycleId,
      round: cause.round,
      reason: `its statement ${cause.statementId} was deactivated`,
    });
  }
  return cascaded;
}
