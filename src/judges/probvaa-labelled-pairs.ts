// Labelled statement pairs from ProbVAA (Ceron et al. 2024, tceron/eval_political_worldviews; the reference copy in
// <reference>/probvaa/probvaa.csv). IDs are `<country>_<statement>_<7 digits>_<language>`, the digits being
// Original | Question | ParaphraseID | Opposite | Negation | Country-agnostic | Translation (upstream README).
// For each statement and language: the original (digit 1 = 1, paraphrase id 0) against each paraphrase (id 1–3),
// its negation (digit 5 = 1) and its opposite (digit 4 = 1).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseCsvLine } from "../evaluation/items/probvaa-pairs.js";
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

interface ProbvaaRow {
  key: string;
  digits: string;
  language: string;
  text: string;
}

/** The variant a row's digits encode, or "original", or undefined for rows navab does not pair (questions). */
export function variantOfDigits(digits: string): PairVariant | "original" | undefined {
  const [original, question, paraphrase, opposite, negation] = digits;
  if (question === "1") return undefined;
  if (opposite === "1") return "opposite";
  if (negation === "1") return "negation";
  if (original === "1") return paraphrase === "0" ? "original" : "paraphrase";
  return undefined;
}

export function parseProbvaaRows(csv: string): ProbvaaRow[] {
  const rows: ProbvaaRow[] = [];
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [id, text] = parseCsvLine(line);
    const match = /^([a-z]+)_(\d+)_(\d{7})_([a-z]+)$/.exec(id ?? "");
    if (!match || text === undefined || text.trim() === "") continue;
    rows.push({
      key: `${match[1]}_${match[2]}`,
      digits: match[3] as string,
      language: match[4] as string,
      text: text.trim(),
    });
  }
  return rows;
}

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
