// ProbVAA (Ceron et al. 2024) read as groups of one statement and its variants, for the embedder benchmark.
// IDs are `<country>_<n>_<7 digits>_<language>`: digit 1 = original polarity, digits 2–3 = paraphrase number
// (00 = the statement itself, 01–03 = paraphrases), digit 4 = opposite, digit 5 = negation; digits 6–7 mark
// per-statement source and translation and are not used here. Every group has six texts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsvLine } from "../../src/evaluation/items/probvaa-pairs.js";

export type Variant = "statement" | "paraphrase" | "negation" | "opposite";

export interface ProbvaaGroup {
  /** `<country>_<n>_<language>` */
  key: string;
  country: string;
  language: string;
  texts: { variant: Variant; text: string }[];
}

export function variantOf(digits: string): Variant | undefined {
  if (digits[0] === "1") return digits.slice(1, 3) === "00" ? "statement" : "paraphrase";
  if (digits[3] === "1") return "opposite";
  if (digits[4] === "1") return "negation";
  return undefined;
}

export function readProbvaaGroups(referenceFolder: string): ProbvaaGroup[] {
  const text = readFileSync(join(referenceFolder, "probvaa", "probvaa.csv"), "utf8");
  const groups = new Map<string, ProbvaaGroup>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    const [id, statement] = parseCsvLine(line);
    const match = /^([a-z]+)_(\d+)_(\d{7})_([a-z]+)$/.exec(id ?? "");
    const variant = match === null ? undefined : variantOf(match[3] ?? "");
    if (match === null || variant === undefined || statement === undefined) continue;
    const [country = "", number = "", language = ""] = [match[1], match[2], match[4]];
    const key = `${country}_${number}_${language}`;
    const group = groups.get(key) ?? { key, country, language, texts: [] };
    group.texts.push({ variant, text: statement.trim() });
    groups.set(key, group);
  }
  return [...groups.values()].filter((group) => group.texts.some((entry) => entry.variant === "statement"));
}
