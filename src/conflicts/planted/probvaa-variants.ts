// ProbVAA statement variants (Ceron et al. 2024, tceron/eval_political_worldviews; <reference>/probvaa/probvaa.csv).
// IDs are `<country>_<statement>_<7 digits>_<language>`, digits Original | Question | ParaphraseID | Opposite |
// Negation | Country-agnostic | Translation: the original and its paraphrases hold the claim (+1), the negation and
// the opposite reject it (−1); questions are left out.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseProbvaaRows, probvaaVariantKind, type ProbvaaVariantKind } from "../../evaluation/items/probvaa-rows.js";
import { InputError } from "../../shared/errors.js";

export interface ProbvaaVariant {
  /** `<country>_<statement>`: the claim. */
  claim: string;
  language: string;
  polarity: 1 | -1;
  kind: ProbvaaVariantKind;
  text: string;
}

export function parseProbvaaVariants(csv: string): ProbvaaVariant[] {
  const variants: ProbvaaVariant[] = [];
  for (const row of parseProbvaaRows(csv)) {
    const kind = probvaaVariantKind(row.digits);
    if (kind === undefined) continue;
    const polarity = kind === "original" || kind === "paraphrase" ? 1 : -1;
    variants.push({ claim: row.key, language: row.language, polarity, kind, text: row.text });
  }
  return variants;
}

export async function readProbvaaVariants(referenceFolder: string, file = "probvaa.csv"): Promise<ProbvaaVariant[]> {
  const path = join(referenceFolder, "probvaa", file);
  const text = await readFile(path, "utf8").catch(() => {
    throw new InputError(`conflicts/planted: cannot read ${path} (set NAVAB_REFERENCE to the reference folder)`);
  });
  return parseProbvaaVariants(text);
}
