// The TRL DPOTrainer + LoRA script written beside a TRL export (`python train_dpo_lora.py` in the export folder):
// the paper's settings as DPOConfig / LoraConfig / DPOTrainer keyword arguments. readCallKeywords reads the
// keywords of one call back from the script, for the schema check of what was really written.
import type { z } from "zod";
import type { DpoTrainingSettings } from "./paper-settings.js";
import type { dpoConfigSchema, dpoTrainerSchema, loraConfigSchema } from "./trl-arguments-schema.js";

export const TRL_SCRIPT_FILE = "train_dpo_lora.py";

type PythonValue = string | number | boolean | string[] | { python: string };

export interface TrlCalls {
  DPOConfig: z.infer<typeof dpoConfigSchema>;
  LoraConfig: z.infer<typeof loraConfigSchema>;
  DPOTrainer: z.infer<typeof dpoTrainerSchema>;
}

export function trlCalls(settings: DpoTrainingSettings): TrlCalls {
  return {
    DPOConfig: {
      output_dir: { python: "arguments.output_dir" },
      learning_rate: settings.learningRate,
      num_train_epochs: settings.epochs,
      per_device_train_batch_size: settings.batchSize,
      per_device_eval_batch_size: settings.batchSize,
      gradient_accumulation_steps: settings.gradientAccumulation,
      bf16: settings.bf16,
      beta: settings.beta,
      loss_type: ["sigmoid"],
      max_length: settings.maxLength,
      logging_steps: 10,
      eval_strategy: "epoch",
      save_strategy: "epoch",
      lr_scheduler_type: "cosine",
      seed: settings.seed,
      report_to: "none",
    },
    LoraConfig: {
      r: settings.loraRank,
      lora_alpha: settings.loraAlpha,
      lora_dropout: settings.loraDropout,
      target_modules: "all-linear",
      task_type: "CAUSAL_LM",
    },
    DPOTrainer: {
      model: { python: "arguments.model" },
      args: { python: "training_arguments" },
      train_dataset: { python: 'dataset["train"]' },
      eval_dataset: { python: 'dataset["test"]' },
      peft_config: { python: "lora" },
    },
  };
}

function python(value: PythonValue): string {
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return String(value);
  if (typeof value === "string" || Array.isArray(value)) return JSON.stringify(value);
  return value.python;
}

const call = (assigned: string, callee: string, keywords: Record<string, PythonValue | undefined>): string =>
  [
    `${assigned} = ${callee}(`,
    ...Object.entries(keywords)
      .filter((entry): entry is [string, PythonValue] => entry[1] !== undefined)
      .map(([key, value]) => `    ${key}=${python(value)},`),
    ")",
  ].join("\n");

export function renderTrlScript(calls: TrlCalls, settings: DpoTrainingSettings, header: string): string {
  return `#!/usr/bin/env python3
${header
  .split("\n")
  .map((line) => `# ${line}`.trimEnd())
  .join("\n")}
import argparse

from datasets import load_dataset
from peft import LoraConfig
from trl import DPOConfig, DPOTrainer

parser = argparse.ArgumentParser(description="DPO + LoRA on navab preference pairs (NaVAB paper settings)")
parser.add_argument("--model", default=${JSON.stringify(settings.baseModel)})
parser.add_argument("--output-dir", default="navab-dpo-lora")
arguments = parser.parse_args()

# TRL's standard preference format (prompt, chosen, rejected); navab's provenance columns are dropped here.
dataset = load_dataset("json", data_files={"train": "train.jsonl", "test": "test.jsonl"})
dataset = dataset.select_columns(["prompt", "chosen", "rejected"])

${call("training_arguments", "DPOConfig", calls.DPOConfig)}
${call("lora", "LoraConfig", calls.LoraConfig)}
${call("trainer", "DPOTrainer", calls.DPOTrainer)}
trainer.train()
trainer.save_model(arguments.output_dir)
`;
}

/** The keyword arguments of `name = Callee(` … `)` in a script written by renderTrlScript. */
export function readCallKeywords(script: string, callee: string): Record<string, unknown> {
  const lines = script.split("\n");
  const start = lines.findIndex((line) => new RegExp(`^\\w+ = ${callee}\\($`).test(line));
  if (start < 0) throw new Error(`no ${callee}( call in the script`);
  const keywords: Record<string, unknown> = {};
  for (const line of lines.slice(start + 1)) {
    if (line === ")") return keywords;
    const match = /^ {4}(\w+)=(.*),$/.exec(line);
    if (match === null) throw new Error(`${callee}: cannot read keyword line "${line}"`);
    const [, key = "", text = ""] = match;
    keywords[key] =
      text === "True" || text === "False"
        ? text === "True"
        : /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text)
          ? Number(text)
          : /^["[]/.test(text)
            ? (JSON.parse(text) as unknown)
            : { python: text };
  }
  throw new Error(`${callee}( is not closed`);
}
