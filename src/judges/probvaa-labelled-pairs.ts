// Labelled statement pairs from ProbVAA (Ceron et al. 2024, tceron/eval_political_worldviews; the reference copy in
// <reference>/probvaa/probvaa.csv). IDs are `<country>_<statement>_<7 digits>_<language>`, the digits being
// Original | Question | ParaphraseID | Opposite | Negation | Country-agnostic | Translation (upstream README).
// For each statement and language: the original (digit 1 = 1, paraphrase id 0) against each paraphrase (id 1–3),
// its negation (digit 5 = 1) and its opposite (digit 4 = 1).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseProbvaaRows, probvaaVariantKind, type ProbvaaRow } from "../evaluation/items/probvaa-rows.js";
import { InputError } from "../shared/errors.js";
import type { PairVariant } from "./judge-tasks.js";

export interface LabelledPair {
  /** `<country>_<statement>_<language>:<variant digits>` */
  id: string;
  statement: string;
  other: string;
  variant: PairVariant;
  language: string;
}

/** The variant a row's digits encode, or "original", or undefined for rows navab does not pair (questions). */
export const variantOfDigits = probvaaVariantKind;

export { parseProbvaaRows };

/** Every (original, variant) pair per statement and language, in file order. */
export function labelledPairs(rows: readonly ProbvaaRow[]): LabelledPair[] {
  const byStatement = new Map<string, ProbvaaRow[]>();
  for (const row of rows) {
    const key = `${row.key}_${row.language}`;
    byStatement.set(key, [...(byStatement.get(key) ?? []), row]);
  }
  const pairs: LabelledPair[] = [];
  for (const [key, group] of byStatement) {
    const original = group.find((row) => variantOfDigits(row.digits) === "original");
    if (original === undefined) continue;
    for (const row of group) {
      const variant = variantOfDigits(row.digits);
      if (variant === undefined || variant === "original") continue;
      pairs.push({
        id: `${key}:${row.digits}`,
        statement: original.text,
        other: row.text,
        variant,
        language: row.language,
      });
    }
  }
  return pairs;
}

export async function readProbvaaLabelledPairs(referenceFolder: string): Promise<LabelledPair[]> {
  const path = join(referenceFolder, "probvaa", "probvaa.csv");
  const text = await readFile(path, "utf8").catch(() => {
    throw new InputError(`judges/probvaa: cannot read ${path} (set NAVAB_REFERENCE to the reference folder)`);
  });
  return labelledPairs(parseProbvaaRows(text));
}
