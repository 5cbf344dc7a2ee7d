// Scores a conflict run on a planted corpus: precision and recall of the deactivated statements against the planted
// deviating ones, and `consistentCyclesTouched` — recorded cycles that deactivated something although, by the planted
// labels, they are consistent on every claim they acted on (balanced with the true signs, or the claim is contested).
import type { PlantedLabel } from "../stance/oracle-judges.js";
import type { PlantedTruth } from "./planted-corpus.js";

export interface RecordedCycle {
  id: string;
  /** The run's claim ids the cycle conflicted on. */
  claims: string[];
  links: { claim: string; canonical: string | null; source: string; target: string }[];
}

export interface PlantedScores {
  precision: number | null;
  recall: number | null;
  consistentCyclesTouched: number;
  deactivated: number;
  expected: number;
  truePositives: number;
  cycles: number;
}

export function scorePlanted(
  truth: PlantedTruth,
  labels: ReadonlyMap<string, PlantedLabel>,
  deactivated: ReadonlySet<string>,
  cycles: readonly RecordedCycle[],
  localId: (statementId: string) => string,
): PlantedScores {
  const expected = truth.deviating;
  let truePositives = 0;
  for (const id of deactivated) if (expected.has(localId(id))) truePositives += 1;
  const dominant = new Map(truth.claims.map((claim) => [claim.claim, claim.dominant]));
  const labelOf = (id: string | null) => (id === null ? undefined : labels.get(id));
  let consistentCyclesTouched = 0;
  for (const cycle of cycles) {
    const consistent = cycle.claims.every((claim) => {
      const links = cycle.links.filter((link) => link.claim === claim);
      const planted = labelOf(links[0]?.canonical ?? null)?.claim;
      if (planted === undefined || dominant.get(planted) === null) return true;
      const trueDisagreements = links.filter(
        (link) => labelOf(link.source)?.polarity !== labelOf(link.target)?.polarity,
      ).length;
      return trueDisagreements % 2 === 0;
    });
    if (consistent) consistentCyclesTouched += 1;
  }
  return {
    precision: deactivated.size === 0 ? null : truePositives / deactivated.size,
    recall: expected.size === 0 ? null : truePositives / expected.size,
    consistentCyclesTouched,
    deactivated: deactivated.size,
    expected: expected.size,
    truePositives,
    cycles: cycles.length,
  };
}
