// Dominant stance per (community, canonical claim): the statements on the active statement links of that claim inside
// the community, each counted once with its stance toward the canonical claim; the majority is dominant only with the
// margin of the reduction settings (margin.ts), else the claim is contested and nothing on it is removed.
import type { ConflictLink, CycleSeed, Stance } from "../types.js";
import { marginOf, type MarginSettings } from "./margin.js";

export interface ClaimStanding {
  community: string;
  claim: string;
  support: number;
  oppose: number;
  /** The majority stance when it has the margin; null when contested (including ties). */
  dominantStance: Stance | null;
  share: number;
  pValue: number;
}

export type DominanceTable = Map<string, ClaimStanding>;

export const dominanceKey = (community: string, claim: string): string => `${community}\u0000${claim}`;

export function dominantStances(links: readonly ConflictLink[], margin: MarginSettings): DominanceTable {
  const stances = new Map<string, Map<string, Stance>>();
  for (const link of links) {
    if (link.kind !== "statement" || !link.community || !link.claim) continue;
    const key = dominanceKey(link.community, link.claim);
    const members = stances.get(key) ?? new Map<string, Stance>();
    if (link.sourceStatement && link.sourceStance) members.set(link.sourceStatement, link.sourceStance);
    if (link.targetStatement && link.targetStance) members.set(link.targetStatement, link.targetStance);
    stances.set(key, members);
  }
  const table: DominanceTable = new Map();
  for (const [key, members] of stances) {
    const [community, claim] = key.split("\u0000") as [string, string];
    let support = 0;
    for (const stance of members.values()) if (stance === "support") support += 1;
    const oppose = members.size - support;
    const majority: Stance = support >= oppose ? "support" : "oppose";
    const verdict = marginOf(Math.max(support, oppose), Math.min(support, oppose), margin);
    table.set(key, {
      community,
      claim,
      support,
      oppose,
      dominantStance: verdict.passes ? majority : null,
      share: verdict.share,
      pValue: verdict.pValue,
    });
  }
  return table;
}

/** The dominant stance of a statement link's claim in its community (null: not a statement link, or contested). */
export function dominantFor(link: ConflictLink, table: DominanceTable): Stance | null {
  if (link.kind !== "statement" || !link.community || !link.claim) return null;
  return table.get(dominanceKey(link.community, link.claim))?.dominantStance ?? null;
}

/** Disagreeing statement links on a dominant claim with a side that deviates from it: the cycle search's anchors. */
export function findSeeds(links: readonly ConflictLink[], table: DominanceTable): CycleSeed[] {
  const seeds: CycleSeed[] = [];
  for (const link of links) {
    if ((link.sign ?? 0) >= 0) continue;
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
