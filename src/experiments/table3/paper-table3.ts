// The paper's Table 3 (NaVAB, arXiv 2504.12911: conflict-reduction ablation on Llama3.1-8b-Base, MC and AJ per
// nation for without CR, with CR and with CR + DPO), read from
// <reference>/navab-paper/table3_ablation_llama31_8b_base.csv at run time (NAVAB_REFERENCE), keyed by nation code.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { PAPER_NATIONS } from "../../evaluation/report/paper-table.js";
import { InputError } from "../../shared/errors.js";

export const TABLE3_VARIANTS = ["without_cr", "with_cr", "with_cr_plus_dpo"] as const;
export type Table3Variant = (typeof TABLE3_VARIANTS)[number];

export interface PaperTable3Row {
  set: string;
  variant: Table3Variant;
  /** nation code → {mc, aj} */
  scores: Record<string, { mc: number; aj: number }>;
}

export function parsePaperTable3(text: string): PaperTable3Row[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const columns = (header ?? "").split(",");
  return lines.flatMap((line) => {
    const cells = line.split(",");
    const value = (name: string): string => cells[columns.indexOf(name)] ?? "";
    const variant = value("variant") as Table3Variant;
    if (!TABLE3_VARIANTS.includes(variant)) return [];
    const scores: PaperTable3Row["scores"] = {};
    for (const [name, code] of Object.entries(PAPER_NATIONS))
      scores[code] = { mc: Number(value(`${name}_mc`)), aj: Number(value(`${name}_aj`)) };
    return [{ set: value("set"), variant, scores }];
  });
}

export async function readPaperTable3(referenceFolder: string): Promise<PaperTable3Row[]> {
  const path = join(referenceFolder, "navab-paper", "table3_ablation_llama31_8b_base.csv");
  const text = await readFile(path, "utf8").catch(() => {
    throw new InputError(`experiments/table3: cannot read the paper's Table 3 at ${path} (set NAVAB_REFERENCE?)`);
  });
  return parsePaperTable3(text);
}
