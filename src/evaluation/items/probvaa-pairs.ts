// ProbVAA (Ceron et al. 2024, tceron/eval_political_worldviews) statement/opposite pairs as a known-answer
// sanity benchmark. IDs are `<country>_<n>_<7 digits>_<language>`; digit 1 = the original statement, digit 3 =
// paraphrase number, digit 4 = opposite, digit 5 = negation. The question quotes a paraphrase of the statement,
// so the statement (not its opposite) is the right answer.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../../shared/errors.js";
import type { EvaluationItem } from "./evaluation-item.js";

interface Variant {
  key: string;
  digits: string;
  text: string;
}

/** Splits one CSV line with double-quoted fields ("" escapes a quote). */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let current = "";
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index] as string;
    if (quoted && character === '"' && line[index + 1] === '"') {
      current += '"';
      index += 1;
    } else if (character === '"') quoted = !quoted;
    else if (character === "," && !quoted) {
      fields.push(current);
      current = "";
    } else current += character;
  }
  fields.push(current);
  return fields;
}

export const PROBVAA_QUESTION = 'A voter says: "{paraphrase}" Which statement expresses this voter\'s view?';

/** English statement/opposite pairs whose question quotes an English paraphrase of the statement. */
export async function readProbvaaPairs(referenceFolder: string, language = "en"): Promise<EvaluationItem[]> {
  const path = join(referenceFolder, "probvaa", "probvaa.csv");
  const text = await readFile(path, "utf8").catch(() => {
    throw new InputError(`cannot read ProbVAA pairs ${path} (set NAVAB_REFERENCE?)`);
  });
  const byStatement = new Map<string, Variant[]>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    const [id, statement] = parseCsvLine(line);
    const match = /^([a-z]+)_(\d+)_(\d{7})_([a-z]+)$/.exec(id ?? "");
    if (!match || statement === undefined || match[4] !== language) continue;
    const key = `${match[1]}_${match[2]}`;
    const variants = byStatement.get(key) ?? [];
    variants.push({ key, digits: match[3] as string, text: statement.trim() });
    byStatement.set(key, variants);
  }
  const items: EvaluationItem[] = [];
  for (const [key, variants] of byStatement) {
    const original = variants.find((variant) => variant.digits[0] === "1" && variant.digits[2] === "0");
    const paraphrase = variants.find((variant) => variant.digits[0] === "1" && variant.digits[2] === "1");
    const opposite = variants.find((variant) => variant.digits[3] === "1");
    if (!original || !paraphrase || !opposite) continue;
    items.push({
      id: `probvaa:${key}`,
      source: "probvaa",
      question: PROBVAA_QUESTION.replace("{paraphrase}", paraphrase.text),
      statement: original.text,
      reverseStatement: opposite.text,
      nation: (key.split("_")[0] as string).toUpperCase(),
      set: "probvaa",
      language,
      conflictReduced: null,
      articleId: null,
      statementId: null,
    });
  }
  return items;
}
