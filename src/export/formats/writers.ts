// Writers for the three DPO formats (LLaMA-Factory, TRL, OpenAI): each takes a train/test split and writes
// its files into a folder, returning the file names. Row order follows the split.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { provenanceOf, type PreferenceRow } from "../preference-rows.js";
import type { Split } from "../split-by-article.js";

export const DPO_FORMATS = ["llamafactory", "trl", "openai"] as const;
export type DpoFormat = (typeof DPO_FORMATS)[number];

const jsonLines = (records: readonly unknown[]): string =>
  records.map((record) => JSON.stringify(record)).join("\n") + (records.length > 0 ? "\n" : "");

async function writeLlamaFactory(folder: string, split: Split, datasetName: string): Promise<string[]> {
  const toRecord = (row: PreferenceRow) => ({
    instruction: row.prompt,
    input: "",
    chosen: row.chosen,
    rejected: row.rejected,
    provenance: provenanceOf(row),
  });
  const info: Record<string, unknown> = {};
  const files: string[] = [];
  for (const part of ["train", "test"] as const) {
    const file = `${part}.json`;
    await writeFile(join(folder, file), `${JSON.stringify(split[part].map(toRecord), null, 1)}\n`);
    info[`${datasetName}_${part}`] = {
      file_name: file,
      formatting: "alpaca",
      ranking: true,
      columns: { prompt: "instruction", query: "input", chosen: "chosen", rejected: "rejected" },
    };
    files.push(file);
  }
  await writeFile(join(folder, "dataset_info.json"), `${JSON.stringify(info, null, 1)}\n`);
  return [...files, "dataset_info.json"];
}

async function writeTrl(folder: string, split: Split): Promise<string[]> {
  for (const part of ["train", "test"] as const) {
    await writeFile(
      join(folder, `${part}.jsonl`),
      jsonLines(
        split[part].map((row) => ({
          prompt: row.prompt,
          chosen: row.chosen,
          rejected: row.rejected,
          ...provenanceOf(row),
        })),
      ),
    );
  }
  return ["train.jsonl", "test.jsonl"];
}

async function writeOpenAi(folder: string, split: Split): Promise<string[]> {
  for (const part of ["train", "test"] as const) {
    const records = split[part].map((row) => ({
      input: { messages: [{ role: "user", content: row.prompt }], tools: [], parallel_tool_calls: true },
      preferred_output: [{ role: "assistant", content: row.chosen }],
      non_preferred_output: [{ role: "assistant", content: row.rejected }],
    }));
    await writeFile(join(folder, `${part}.jsonl`), jsonLines(records));
    await writeFile(join(folder, `${part}.provenance.jsonl`), jsonLines(split[part].map(provenanceOf)));
  }
  return ["train.jsonl", "test.jsonl", "train.provenance.jsonl", "test.provenance.jsonl"];
}

export function writeFormat(format: DpoFormat, folder: string, split: Split, datasetName: string): Promise<string[]> {
  if (format === "llamafactory") return writeLlamaFactory(folder, split, datasetName);
  if (format === "trl") return writeTrl(folder, split);
  return writeOpenAi(folder, split);
}
