// Label-reading judges for planted conflicts (ProbVAA variants, Wahl-O-Mat positions): each planted statement has a
// claim and a polarity (+1 holds the claim, −1 holds its negation or opposite), so same value = same claim and
// agreement = same claim and same polarity. A statement without a label is about nothing planted (different claim).
import type { AgreementJudge, JudgedStatement, SameValueJudge } from "./judges.js";

export interface PlantedLabel {
  claim: string;
  polarity: 1 | -1;
}

export interface OracleJudges {
  agreement: AgreementJudge;
  sameValue: SameValueJudge;
}

export function oracleJudges(labels: ReadonlyMap<string, PlantedLabel>): OracleJudges {
  const both = (first: JudgedStatement, second: JudgedStatement) => [labels.get(first.id), labels.get(second.id)];
  return {
    agreement: {
      modelId: "oracle:labels",
      promptVersion: "labels",
      async agreement(first, second) {
        const [left, right] = both(first, second);
        if (!left || !right || left.claim !== right.claim)
          return { ok: true, verdict: "different-claim", reason: "planted labels: different claims" };
        const verdict = left.polarity === right.polarity ? "agree" : "disagree";
        return { ok: true, verdict, reason: `planted labels: claim ${left.claim}, ${verdict}` };
      },
    },
    sameValue: {
      modelId: "oracle:labels",
      promptVersion: "labels",
      async sameValue(first, second) {
        const [left, right] = both(first, second);
        const same = left !== undefined && right !== undefined && left.claim === right.claim;
        return { same, reason: `planted labels: ${same ? "same claim" : "different claims"}` };
      },
    },
  };
}
