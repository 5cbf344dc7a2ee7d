// Checks exported DPO files against the format schemas (written from each format's documentation); returns
// the number of records checked, or throws ExportValidationError naming the file, line and problem.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { z } from "zod";
import { NavabError } from "../../shared/errors.js";
import { llamaFactoryDatasetInfoSchema, llamaFactoryRecordSchema } from "./llamafactory-schema.js";
import { openAiRecordSchema } from "./openai-schema.js";
import { trlRecordSchema } from "./trl-schema.js";
import type { DpoFormat } from "./writers.js";

export class ExportValidationError extends NavabError {
  override name = "ExportValidationError";
}

function check(schema: z.ZodType, value: unknown, where: string): void {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ExportValidationError(`${where}: ${issue?.path.join(".") || "record"} ${issue?.message}`);
  }
}

async function checkJsonLines(path: string, schema: z.ZodType): Promise<number> {
  const lines = (await readFile(path, "utf8")).split("\n").filter((line) => line.length > 0);
  lines.forEach((line, index) => {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new ExportValidationError(`${path}:${index + 1}: not a JSON object`);
    }
    check(schema, value, `${path}:${index + 1}`);
  });
  return lines.length;
}

export async function validateExport(folder: string, format: DpoFormat): Promise<number> {
  if (format === "trl")
    return (
      (await checkJsonLines(join(folder, "train.jsonl"), trlRecordSchema)) +
      (await checkJsonLines(join(folder, "test.jsonl"), trlRecordSchema))
    );
  if (format === "openai")
    return (
      (await checkJsonLines(join(folder, "train.jsonl"), openAiRecordSchema)) +
      (await checkJsonLines(join(folder, "test.jsonl"), openAiRecordSchema))
    );
  const info = JSON.parse(await readFile(join(folder, "dataset_info.json"), "utf8")) as unknown;
  check(llamaFactoryDatasetInfoSchema, info, `${folder}/dataset_info.json`);
  let count = 0;
  for (const entry of Object.values(info as Record<string, { file_name: string }>)) {
    const records = JSON.parse(await readFile(join(folder, entry.file_name), "utf8")) as unknown;
    if (!Array.isArray(records)) throw new ExportValidationError(`${folder}/${entry.file_name}: not a JSON array`);
    records.forEach((record, index) =>
      check(llamaFactoryRecordSchema, record, `${folder}/${entry.file_name}[${index}]`),
    );
    count += records.length;
  }
  return count;
}
