// Dominant stance per canonical claim: the statements on the claim's active statement links, each counted once with
// its stance toward the canonical claim; the majority is dominant only with the margin of the reduction settings
// (margin.ts), else the claim is contested and nothing on it is removed. A claim is already a value cluster within
// one nation, so its standing is counted over all of its members, not per Louvain community: a community splits a
// claim's members by context (measured on the planted Wahl-O-Mat graph: per-community counts made 20 of 45
// (community, claim) pairs contested and missed a quarter of the deviating statements). Communities still bound the
// cycles, so a deviating statement is removed only through a cycle within one community.
import type { ConflictLink, CycleSeed, Stance } from "../types.js";
import { marginOf, type MarginSettings } from "./margin.js";

export interface ClaimStanding {
  claim: string;
  support: number;
  oppose: number;
  /** The majority stance when it has the margin; null when contested (including ties). */
  dominantStance: Stance | null;
  share: number;
  pValue: number;
}

export type DominanceTable = Map<string, ClaimStanding>;

export function dominantStances(links: readonly ConflictLink[], margin: MarginSettings): DominanceTable {
  const stances = new Map<string, Map<string, Stance>>();
  for (const link of links) {
    if (link.kind !== "statement" || !link.claim) continue;
    const members = stances.get(link.claim) ?? new Map<string, Stance>();
    if (link.sourceStatement && link.sourceStance) members.set(link.sourceStatement, link.sourceStance);
    if (link.targetStatement && link.targetStance) members.set(link.targetStatement, link.targetStance);
    stances.set(link.claim, members);
  }
  const table: DominanceTable = new Map();
  for (const [claim, members] of stances) {
    let support = 0;
    for (const stance of members.values()) if (stance === "support") support += 1;
    table.set(claim, standingOf(claim, support, members.size - support, margin));
  }
  return table;
}

/** A claim's standing from its statements' counts: dominant with the margin, else contested. */
export function standingOf(claim: string, support: number, oppose: number, margin: MarginSettings): ClaimStanding {
  const majority: Stance = support >= oppose ? "support" : "oppose";
  const verdict = marginOf(Math.max(support, oppose), Math.min(support, oppose), margin);
  return {
    claim,
    support,
    oppose,
    dominantStance: verdict.passes ? majority : null,
    share: verdict.share,
    pValue: verdict.pValue,
  };
}

/** The dominant stance of a statement link's claim (null: not a statement link, or contested). */
export function dominantFor(link: ConflictLink, table: DominanceTable): Stance | null {
  if (link.kind !== "statement" || !link.claim) return null;
  return table.get(link.claim)?.dominantStance ?? null;
}

/**
 * Disagreeing statement links inside a community, on a dominant claim, with a side that deviates from it: the
 * anchors of the cycle search.
 */
export function findSeeds(links: readonly ConflictLink[], table: DominanceTable): CycleSeed[] {
  const seeds: CycleSeed[] = [];
  for (const link of links) {
    if ((link.sign ?? 0) >= 0 || !link.community) continue;
    const dominant = dominantFor(link, table);
    if (dominant === null) continue;
    if (link.sourceStance === dominant && link.targetStance === dominant) continue;
    seeds.push({
      linkId: link.id,
      source: link.source,
      target: link.target,
      community: link.community!,
      claim: link.claim!,
      dominantStance: dominant,
    });
  }
  return seeds.sort((left, right) => (left.linkId < right.linkId ? -1 : left.linkId > right.linkId ? 1 : 0));
}
