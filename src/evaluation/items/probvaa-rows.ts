// ProbVAA rows (Ceron et al. 2024, tceron/eval_political_worldviews; <reference>/probvaa/probvaa.csv), read once for
// the judges' labelled pairs and the planted conflicts. IDs are `<country>_<statement>_<7 digits>_<language>`, the
// digits being Original | Question | ParaphraseID | Opposite | Negation | Country-agnostic | Translation (upstream
// README): the original (digit 1 = 1, paraphrase id 0) and its paraphrases (id 1–3) hold the claim, the negation
// (digit 5 = 1) and the opposite (digit 4 = 1) reject it; questions are not used.
import { parseCsvLine } from "./probvaa-pairs.js";

export type ProbvaaVariantKind = "original" | "paraphrase" | "negation" | "opposite";

export interface ProbvaaRow {
  /** `<country>_<statement>`: the claim. */
  key: string;
  digits: string;
  language: string;
  text: string;
}

/** The variant a row's digits encode, or undefined for rows navab does not use (questions). */
export function probvaaVariantKind(digits: string): ProbvaaVariantKind | undefined {
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
