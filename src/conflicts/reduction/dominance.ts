// Dominant stance per (community, value claim): the weighted majority of the stances on the active statement
// links inside the community (each side of a link adds the link's weight to its statement's stance); ties have none.
import type { ConflictLink, CycleSeed, Stance } from "../types.js";

export type DominanceTable = Map<string, Stance | null>;

export const dominanceKey = (community: string, claim: string): string => `${community}\u0000${claim}`;

export function dominantStances(links: readonly ConflictLink[]): DominanceTable {
  const totals = new Map<string, { support: number; oppose: number }>();
  for (const link of links) {
    if (link.kind !== "statement" || !link.community || !link.claim) continue;
    const key = dominanceKey(link.community, link.claim);
    const total = totals.get(key) ?? { support: 0, oppose: 0 };
    for (const stance of [link.sourceStance, link.targetStance]) if (stance) total[stance] += link.weight;
    totals.set(key, total);
  }
  const table: DominanceTable = new Map();
  for (const [key, total] of totals) {
    table.set(key, total.support > total.oppose ? "support" : total.oppose > total.support ? "oppose" : null);
  }
  return table;
}

/** The dominant stance of a statement link's claim in its community (null: not a statement link, or a tie). */
export function dominantFor(link: ConflictLink, table: DominanceTable): Stance | null {
  if (link.kind !== "statement" || !link.community || !link.claim) return null;
  return table.get(dominanceKey(link.community, link.claim)) ?? null;
}

/** Statement links with a side that deviates from the dominant stance: the anchors of the cycle search. */
export function findSeeds(links: readonly ConflictLink[], table: DominanceTable): CycleSeed[] {
  const seeds: CycleSeed[] = [];
  for (const link of links) {
    const dominant = dominantFor(link, table);
    if (dominant === null) continue;
    const sides = [link.sourceStance, link.targetStance];
    if (sides.every((stance) => stance === dominant)) continue;
    seeds.push({
      linkId: link.id,
      source: link.source,
      target: link.target,
      community: link.community!,
      claim: link.claim!,
      dominantStance: dominant,
      hasDominantSide: sides.includes(dominant),
    });
  }
  return seeds.sort((left, right) => (left.linkId < right.linkId ? -1 : left.linkId > right.linkId ? 1 : 0));
}
