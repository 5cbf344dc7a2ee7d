// The data of the Table 3 block (NaVAB ablation): per variant (without CR, with CR, with CR + DPO) the correct
// rate with a bootstrap interval per set × nation × {MC perplexity, AJ}, on the split's shared test items only,
// beside the paper's Llama3.1-8b-Base numbers and the paired comparison of the two CR variants.
import type { EvaluationRunRecord } from "../../evaluation/results/run-record-file.js";
import { bootstrapProportion, type ProportionInterval } from "../../evaluation/statistics/bootstrap.js";
import type { PairedComparison } from "../paired-comparison.js";
import type { PaperTable3Row, Table3Variant } from "./paper-table3.js";

export interface Table3Cell extends ProportionInterval {
  set: string;
  nation: string;
  method: "mc" | "aj";
}

export interface Table3Data {
  /** One entry per supplied run, in Table 3's order. */
  variants: { variant: Table3Variant; runId: string; cells: Table3Cell[] }[];
  paper: PaperTable3Row[];
  comparison: PairedComparison | null;
  testItems: number | null;
}

export function table3Cells(
  record: EvaluationRunRecord,
  testItemIds: readonly string[] | undefined,
  bootstrap: { resamples: number; confidence: number; seed: number },
): Table3Cell[] {
  const allowed = testItemIds ? new Set(testItemIds) : undefined;
  const items = new Map(record.items.filter((item) => !allowed || allowed.has(item.id)).map((item) => [item.id, item]));
  const groups = new Map<string, { key: Omit<Table3Cell, keyof ProportionInterval>; values: boolean[] }>();
  const add = (itemId: string, method: "mc" | "aj", value: boolean): void => {
    const item = items.get(itemId);
    if (!item) return;
    for (const nation of [item.nation, "ALL"]) {
      const name = `${item.set}|${nation}|${method}`;
      const group = groups.get(name) ?? { key: { set: item.set, nation, method }, values: [] };
      group.values.push(value);
      groups.set(name, group);
    }
  };
  for (const result of record.multipleChoice) add(result.itemId, "mc", result.correct.perplexity);
  for (const result of record.answerJudgment) add(result.itemId, "aj", result.correct);
  return [...groups.values()]
    .map(({ key, values }) => ({ ...key, ...bootstrapProportion(values, bootstrap) }))
    .sort((left, right) =>
      `${left.set}|${left.nation}|${left.method}`.localeCompare(`${right.set}|${right.nation}|${right.method}`),
    );
}
