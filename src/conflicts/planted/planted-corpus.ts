// A planted conflict corpus: real sentences with known labels (issue 14 acceptance). Every statement stands in its own
// article, holds one planted claim with a polarity (+1 the claim, −1 its negation or opposite) and may be attributed
// to a source (a Wahl-O-Mat party, so its articles share a speaker); the truth says which claims have a dominant
// stance under the reduction's margin and which statements deviate from it (those a perfect reduction removes).
import { marginOf, type MarginSettings } from "../reduction/margin.js";
import type { PlantedLabel } from "../stance/oracle-judges.js";

export interface PlantedStatement {
  /** Local id (the writer prefixes it with the bench run id). */
  id: string;
  text: string;
  language: string;
  label: PlantedLabel;
  source?: string;
  /** The article's title (Wahl-O-Mat: the thesis title, as news on one topic share it); default none. */
  title?: string;
}

export interface PlantedCorpus {
  set: "probvaa" | "wahlomat";
  statements: PlantedStatement[];
}

export interface PlantedClaimTruth {
  claim: string;
  support: number;
  oppose: number;
  dominant: 1 | -1 | null;
}

export interface PlantedTruth {
  claims: PlantedClaimTruth[];
  /** Local ids of the statements that deviate from a dominant stance. */
  deviating: Set<string>;
}

export function plantedTruth(corpus: PlantedCorpus, margin: MarginSettings): PlantedTruth {
  const byClaim = new Map<string, PlantedStatement[]>();
  for (const statement of corpus.statements)
    byClaim.set(statement.label.claim, [...(byClaim.get(statement.label.claim) ?? []), statement]);
  const claims: PlantedClaimTruth[] = [];
  const deviating = new Set<string>();
  for (const [claim, members] of [...byClaim].sort(([left], [right]) => (left < right ? -1 : 1))) {
    const support = members.filter((member) => member.label.polarity > 0).length;
    const oppose = members.length - support;
    const verdict = marginOf(Math.max(support, oppose), Math.min(support, oppose), margin);
    const dominant = verdict.passes ? (support > oppose ? 1 : -1) : null;
    claims.push({ claim, support, oppose, dominant });
    if (dominant !== null)
      for (const member of members) if (member.label.polarity !== dominant) deviating.add(member.id);
  }
  return { claims, deviating };
}
