// ProbVAA statement variants (Ceron et al. 2024, tceron/eval_political_worldviews; <reference>/probvaa/probvaa.csv).
// IDs are `<country>_<statement>_<7 digits>_<language>`, digits Original | Question | ParaphraseID | Opposite |
// Negation | Country-agnostic | Translation: the original and its paraphrases hold the claim (+1), the negation and
// the opposite reject it (−1); questions are left out.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseCsvLine } from "../../evaluation/items/probvaa-pairs.js";
import { InputError } from "../../shared/errors.js";

export interface ProbvaaVariant {
  /** `<country>_<statement>`: the claim. */
  claim: string;
  language: string;
  polarity: 1 | -1;
  kind: "original" | "paraphrase" | "negation" | "opposite";
  text: string;
}

export function variantKind(digits: string): ProbvaaVariant["kind"] | undefined {
  const [original, question, paraphrase, opposite, negation] = digits;
  if (question === "1") return undefined;
  if (opposite === "1") return "opposite";
  if (negation === "1") return "negation";
  if (original === "1") return paraphrase === "0" ? "original" : "paraphrase";
  return undefined;
}

export function parseProbvaaVariants(csv: string): ProbvaaVariant[] {
  const variants: ProbvaaVariant[] = [];
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [id, text] = parseCsvLine(line);
    const match = /^([a-z]+_\d+)_(\d{7})_([a-z]+)$/.exec(id ?? "");
    const kind = match ? variantKind(match[2]!) : undefined;
    if (!match || kind === undefined || !text?.trim()) continue;
    const polarity = kind === "original" || kind === "paraphrase" ? 1 : -1;
    variants.push({ claim: match[1]!, language: match[3]!, polarity, kind, text: text.trim() });
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
