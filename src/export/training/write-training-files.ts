// Writes the training hand-off beside a DPO export — a LLaMA-Factory YAML next to dataset_info.json, a TRL
// DPOTrainer script next to train/test.jsonl — then reads each file back and checks it against the schemas
// written from those tools' sources, so a file that would not run is never left behind silently.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { z } from "zod";
import { ExportValidationError } from "../formats/validate-export.js";
import type { DpoFormat } from "../formats/writers.js";
import { llamaFactoryTrainingSchema } from "./llamafactory-arguments-schema.js";
import {
  LLAMA_FACTORY_CONFIG_FILE,
  llamaFactoryArguments,
  readFlatYaml,
  renderLlamaFactoryYaml,
} from "./llamafactory-config.js";
import { PAPER_DPO_SETTINGS, type DpoTrainingSettings } from "./paper-settings.js";
import { dpoConfigSchema, dpoTrainerSchema, loraConfigSchema } from "./trl-arguments-schema.js";
import { readCallKeywords, renderTrlScript, TRL_SCRIPT_FILE, trlCalls } from "./trl-script.js";

const HEADER = [
  "Written by `navab export dpo`: DPO + LoRA with the NaVAB paper's settings (arXiv 2504.12911): learning rate 5e-5,",
  "3 epochs, batch 2, gradient accumulation 8, bf16. Base model and LoRA rank/alpha, beta and max length are navab's",
  "choices (docs in src/export/training/paper-settings.ts).",
].join("\n");

function check(schema: z.ZodType, value: unknown, where: string): void {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ExportValidationError(`${where}: ${issue?.path.join(".") || "arguments"} ${issue?.message}`);
  }
}

/** Checks a written training file against its tool's argument schema; returns the number of arguments checked. */
export async function validateTrainingFile(folder: string, format: DpoFormat): Promise<number> {
  if (format === "llamafactory") {
    const path = join(folder, LLAMA_FACTORY_CONFIG_FILE);
    const values = readFlatYaml(await readFile(path, "utf8"));
    check(llamaFactoryTrainingSchema, values, path);
    return Object.keys(values).length;
  }
  if (format !== "trl") return 0;
  const path = join(folder, TRL_SCRIPT_FILE);
  const script = await readFile(path, "utf8");
  let count = 0;
  for (const [callee, schema] of [
    ["DPOConfig", dpoConfigSchema],
    ["LoraConfig", loraConfigSchema],
    ["DPOTrainer", dpoTrainerSchema],
  ] as const) {
    const keywords = readCallKeywords(script, callee);
    check(schema, keywords, `${path} ${callee}`);
    count += Object.keys(keywords).length;
  }
  return count;
}

export async function writeTrainingFiles(
  format: DpoFormat,
  folder: string,
  datasetName: string,
  settings: DpoTrainingSettings = PAPER_DPO_SETTINGS,
): Promise<string[]> {
  if (format === "llamafactory") {
    const yaml = renderLlamaFactoryYaml(
      llamaFactoryArguments(settings, datasetName),
      `${HEADER}\nRun here: llamafactory-cli train ${LLAMA_FACTORY_CONFIG_FILE}`,
    );
    await writeFile(join(folder, LLAMA_FACTORY_CONFIG_FILE), yaml);
    await validateTrainingFile(folder, format);
    return [LLAMA_FACTORY_CONFIG_FILE];
  }
  if (format === "trl") {
    const header = `${HEADER}\nFor TRL 1.16 and peft 0.18: pip install "trl==1.16.0" "peft==0.18.1" datasets\nRun here: python ${TRL_SCRIPT_FILE} [--model NAME] [--output-dir DIR]`;
    await writeFile(join(folder, TRL_SCRIPT_FILE), renderTrlScript(trlCalls(settings), settings, header));
    await validateTrainingFile(folder, format);
    return [TRL_SCRIPT_FILE];
  }
  return [];
}
