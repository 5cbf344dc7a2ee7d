// The authors' 75 real NaVAB triples (navab-pipeline-samples: human_statement_result.json = quoted set,
// official_statement_result.json = official set), read at run time from settings.reference.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { InputError } from "../../shared/errors.js";
import type { EvaluationItem } from "./evaluation-item.js";

const recordSchema = z.object({
  raw_news: z.string(),
  statement: z.string(),
  source: z.string(),
  "generated Q": z.string(),
  "generated reverse statement": z.string(),
});

const FILES = [
  { file: "human_statement_result.json", set: "quoted" },
  { file: "official_statement_result.json", set: "official" },
] as const;

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** Reads the 75 reference triples; the samples are Hong Kong Chinese news, so the nation is CN. */
export async function readReferenceTriples(referenceFolder: string): Promise<EvaluationItem[]> {
  const items: EvaluationItem[] = [];
  for (const { file, set } of FILES) {
    const path = join(referenceFolder, "navab-pipeline-samples", file);
    const text = await readFile(path, "utf8").catch(() => {
      throw new InputError(`cannot read the reference triples ${path} (set NAVAB_REFERENCE?)`);
    });
    const records = z.array(recordSchema).safeParse(JSON.parse(text));
    if (!records.success)
      throw new InputError(`${path} does not hold NaVAB statement records: ${records.error.issues[0]?.message}`);
    records.data.forEach((record, position) => {
      const articleId = sha256(record.raw_news.trim());
      items.push({
        id: `reference:${set}:${position}`,
        source: "reference",
        question: record["generated Q"].trim(),
        statement: record.statement.trim(),
        reverseStatement: record["generated reverse statement"].trim(),
        nation: "CN",
        set,
        language: /[\u4e00-\u9fff]/.test(record["generated Q"]) ? "zh" : "en",
        conflictReduced: null,
        articleId,
        statementId: sha256(`${articleId}\u0000${record.statement.trim()}`),
      });
    });
  }
  return items;
}
