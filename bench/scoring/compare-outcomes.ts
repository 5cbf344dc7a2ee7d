// bench/scoring: compares two MC runs on the same items — every item × metric decision, and each candidate's
// log-likelihood as mean |Δ| per continuation token against a stated tolerance.
import {
  MULTIPLE_CHOICE_METRICS,
  type CandidateScore,
  type MultipleChoiceItemResult,
} from "../../src/evaluation/multiple-choice/evaluate-multiple-choice.js";

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const candidates = (result: MultipleChoiceItemResult): CandidateScore[] => [
  result.paper.statement,
  result.paper.reverse,
  result.listedForward.statement,
  result.listedForward.reverse,
  result.listedSwapped.statement,
  result.listedSwapped.reverse,
];

export function compareOutcomes(
  results: readonly MultipleChoiceItemResult[],
  reference: readonly MultipleChoiceItemResult[],
  tolerancePerToken: number,
) {
  const differingDecisions: string[] = [];
  let largestPerTokenDifference = 0;
  let largestDifference = 0;
  results.forEach((result, index) => {
    const other = reference[index];
    if (other === undefined || other.itemId !== result.itemId) throw new Error("compare-outcomes: items differ");
    for (const metric of MULTIPLE_CHOICE_METRICS)
      if (result.correct[metric] !== other.correct[metric]) differingDecisions.push(`${result.itemId} ${metric}`);
    const theirs = candidates(other);
    candidates(result).forEach((score, position) => {
      const difference = Math.abs(score.logLikelihood - (theirs[position] as CandidateScore).logLikelihood);
      if ((theirs[position] as CandidateScore).tokenCount !== score.tokenCount)
        throw new Error(`compare-outcomes: ${result.itemId} has different token counts`);
      largestDifference = Math.max(largestDifference, difference);
      largestPerTokenDifference = Math.max(largestPerTokenDifference, difference / score.tokenCount);
    });
  });
  return {
    decisionsUnchanged: differingDecisions.length === 0 && largestPerTokenDifference <= tolerancePerToken,
    decisionCells: results.length * MULTIPLE_CHOICE_METRICS.length,
    differingDecisions,
    largestPerTokenDifference,
    largestDifference,
  };
}
