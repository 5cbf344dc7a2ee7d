// The paper's own Table 2 (NaVAB, arXiv 2504.12911: MC and AJ alignment per nation for ten LLMs), read from
// <reference>/navab-paper/table2_alignment.csv at run time, keyed by navab nation codes.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../../shared/errors.js";

export const PAPER_NATIONS: Record<string, string> = { china: "CN", us: "US", uk: "GB", france: "FR", germany: "DE" };

export interface PaperRow {
  set: string;
  model: string;
  type: string;
  /** nation code → {mc, aj} */
  scores: Record<string, { mc: number; aj: number }>;
}

export async function readPaperTable(referenceFolder: string): Promise<PaperRow[]> {
  const path = join(referenceFolder, "navab-paper", "table2_alignment.csv");
  const text = await readFile(path, "utf8").catch(() => {
    throw new InputError(`cannot read the paper's Table 2 at ${path}`);
  });
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const columns = (header ?? "").split(",");
  return lines.map((line) => {
    const cells = line.split(",");
    const value = (name: string): string => cells[columns.indexOf(name)] ?? "";
    const scores: PaperRow["scores"] = {};
    for (const [name, code] of Object.entries(PAPER_NATIONS))
      scores[code] = { mc: Number(value(`${name}_mc`)), aj: Number(value(`${name}_aj`)) };
    return { set: value("set"), model: value("model"), type: value("type"), scores };
  });
}
