// The verification report (NaVAB Table 7): per nation, Align / Conflict / Unrelated rates with Wilson 95% intervals
// in the sample after reduction and the sample before it, from the human consensus label of each item (the
// majority of its raters' latest labels; a tie is "disputed" and left out of the rates); inter-rater agreement on
// the items every rater labelled (Cohen's kappa for two raters, Fleiss' for more); and the LLM pre-labels
// compared with the human consensus (agreement rate and Cohen's kappa). LLM labels never enter the human rates.
import { cohenKappa, fleissKappa } from "../agreement/kappa.js";
import { wilsonInterval, type RateInterval } from "./wilson.js";

export const VERIFICATION_LABELS = ["align", "conflict", "unrelated"] as const;
export type VerificationLabel = (typeof VERIFICATION_LABELS)[number];

export interface ReportSet {
  setId: string;
  nation: string;
  reference: { statementId: string; text: string; method: string; by: string | null };
  items: { statementId: string; samples: string[] }[];
}

export interface HumanLabel {
  setId: string;
  statementId: string;
  label: VerificationLabel;
  by: string;
  at: string;
}

export interface LlmLabel {
  setId: string;
  statementId: string;
  label: VerificationLabel;
  modelId: string;
}

export interface SampleRates {
  items: number;
  labelled: number;
  disputed: number;
  align: RateInterval;
  conflict: RateInterval;
  unrelated: RateInterval;
}

export interface NationReport {
  setId: string;
  nation: string;
  reference: ReportSet["reference"];
  after: SampleRates;
  before: SampleRates;
  raters: { rater: string; labelled: number }[];
  agreement: { raters: string[]; items: number; cohenKappa: number | null; fleissKappa: number | null };
  llm: { modelId: string; labelled: number; comparedItems: number; agreement: RateInterval; cohenKappa: number } | null;
}

/** Each rater's latest label per item of one set. */
function latestLabels(labels: readonly HumanLabel[]): Map<string, Map<string, VerificationLabel>> {
  const byItem = new Map<string, Map<string, VerificationLabel>>();
  for (const label of [...labels].sort((left, right) => left.at.localeCompare(right.at))) {
    const raters = byItem.get(label.statementId) ?? new Map<string, VerificationLabel>();
    raters.set(label.by, label.label);
    byItem.set(label.statementId, raters);
  }
  return byItem;
}

function consensus(labels: Map<string, VerificationLabel> | undefined): VerificationLabel | "disputed" | undefined {
  if (!labels || labels.size === 0) return undefined;
  const counts = VERIFICATION_LABELS.map((label) => [...labels.values()].filter((value) => value === label).length);
  const top = Math.max(...counts);
  const winners = VERIFICATION_LABELS.filter((_label, index) => counts[index] === top);
  return winners.length === 1 ? winners[0] : "disputed";
}

function rates(
  ids: readonly string[],
  consensusOf: Map<string, VerificationLabel | "disputed" | undefined>,
): SampleRates {
  const labels = ids.map((id) => consensusOf.get(id)).filter((label) => label !== undefined);
  const decided = labels.filter((label): label is VerificationLabel => label !== "disputed");
  const rate = (wanted: VerificationLabel) =>
    wilsonInterval(decided.filter((label) => label === wanted).length, decided.length);
  return {
    items: ids.length,
    labelled: labels.length,
    disputed: labels.length - decided.length,
    align: rate("align"),
    conflict: rate("conflict"),
    unrelated: rate("unrelated"),
  };
}

function agreement(latest: Map<string, Map<string, VerificationLabel>>): NationReport["agreement"] {
  const raters = [...new Set([...latest.values()].flatMap((labels) => [...labels.keys()]))].sort();
  const shared = [...latest.values()].filter(
    (labels) => raters.length >= 2 && raters.every((rater) => labels.has(rater)),
  );
  const column = (rater: string): VerificationLabel[] => shared.map((labels) => labels.get(rater) as VerificationLabel);
  const [first, second] = raters;
  return {
    raters,
    items: shared.length,
    cohenKappa:
      raters.length === 2 && first && second && shared.length > 0 ? cohenKappa(column(first), column(second)) : null,
    fleissKappa:
      raters.length >= 2 && shared.length > 0
        ? fleissKappa(shared.map((labels) => raters.map((rater) => labels.get(rater) as string)))
        : null,
  };
}

function llmComparison(
  set: ReportSet,
  llm: readonly LlmLabel[],
  consensusOf: Map<string, VerificationLabel | "disputed" | undefined>,
): NationReport["llm"] {
  const mine = llm.filter((label) => label.setId === set.setId);
  if (mine.length === 0) return null;
  const compared = mine.flatMap((label) => {
    const human = consensusOf.get(label.statementId);
    return human && human !== "disputed" ? [{ llm: label.label, human }] : [];
  });
  const matches = compared.filter((pair) => pair.llm === pair.human).length;
  return {
    modelId: [...new Set(mine.map((label) => label.modelId))].join(", "),
    labelled: mine.length,
    comparedItems: compared.length,
    agreement: wilsonInterval(matches, compared.length),
    cohenKappa: cohenKappa(
      compared.map((pair) => pair.llm),
      compared.map((pair) => pair.human),
    ),
  };
}

export function verificationReport(
  sets: readonly ReportSet[],
  human: readonly HumanLabel[],
  llm: readonly LlmLabel[],
): NationReport[] {
  return [...sets]
    .sort((left, right) => left.nation.localeCompare(right.nation))
    .map((set) => {
      const inSet = new Set(set.items.map((item) => item.statementId));
      const latest = latestLabels(human.filter((label) => label.setId === set.setId && inSet.has(label.statementId)));
      const consensusOf = new Map(set.items.map((item) => [item.statementId, consensus(latest.get(item.statementId))]));
      const idsOf = (sample: string) =>
        set.items.filter((item) => item.samples.includes(sample)).map((item) => item.statementId);
      const counts = new Map<string, number>();
      for (const labels of latest.values())
        for (const rater of labels.keys()) counts.set(rater, (counts.get(rater) ?? 0) + 1);
      return {
        setId: set.setId,
        nation: set.nation,
        reference: set.reference,
        after: rates(idsOf("after"), consensusOf),
        before: rates(idsOf("before"), consensusOf),
        raters: [...counts.entries()].sort().map(([rater, labelled]) => ({ rater, labelled })),
        agreement: agreement(latest),
        llm: llmComparison(set, llm, consensusOf),
      };
    });
}
