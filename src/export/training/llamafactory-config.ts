// The LLaMA-Factory DPO + LoRA training YAML written beside a LLaMA-Factory export: the paper's settings over
// the exported dataset_info.json (run it from the export folder: `llamafactory-cli train train_dpo_lora.yaml`).
// Written as a flat mapping grouped by argument class; readFlatYaml reads such a file back for the schema check.
import type { DpoTrainingSettings } from "./paper-settings.js";
import type { LlamaFactoryTrainingArguments } from "./llamafactory-arguments-schema.js";

export const LLAMA_FACTORY_CONFIG_FILE = "train_dpo_lora.yaml";

export function llamaFactoryArguments(
  settings: DpoTrainingSettings,
  datasetName: string,
): LlamaFactoryTrainingArguments {
  return {
    model_name_or_path: settings.baseModel,
    stage: "dpo",
    do_train: true,
    finetuning_type: "lora",
    lora_rank: settings.loraRank,
    lora_alpha: settings.loraAlpha,
    lora_dropout: settings.loraDropout,
    lora_target: "all",
    pref_beta: settings.beta,
    pref_loss: "sigmoid",
    dataset_dir: ".",
    dataset: `${datasetName}_train`,
    eval_dataset: `${datasetName}_test`,
    template: settings.template,
    cutoff_len: settings.maxLength,
    output_dir: `saves/${datasetName}/lora/dpo`,
    logging_steps: 10,
    save_strategy: "epoch",
    eval_strategy: "epoch",
    plot_loss: true,
    report_to: "none",
    per_device_train_batch_size: settings.batchSize,
    per_device_eval_batch_size: settings.batchSize,
    gradient_accumulation_steps: settings.gradientAccumulation,
    learning_rate: settings.learningRate,
    num_train_epochs: settings.epochs,
    lr_scheduler_type: "cosine",
    bf16: settings.bf16,
    seed: settings.seed,
  };
}

const SECTIONS: Array<[string, string[]]> = [
  ["model (ModelArguments)", ["model_name_or_path", "trust_remote_code"]],
  [
    "method (FinetuningArguments)",
    [
      "stage",
      "do_train",
      "finetuning_type",
      "lora_rank",
      "lora_alpha",
      "lora_dropout",
      "lora_target",
      "pref_beta",
      "pref_ftx",
      "pref_loss",
      "plot_loss",
    ],
  ],
  [
    "dataset (DataArguments)",
    [
      "dataset_dir",
      "dataset",
      "eval_dataset",
      "template",
      "cutoff_len",
      "max_samples",
      "preprocessing_num_workers",
      "overwrite_cache",
    ],
  ],
];

const scalar = (value: unknown): string =>
  typeof value === "string"
    ? /^[\w./-]+$/.test(value) && !/^(true|false|null|[\d.e+-]+)$/i.test(value)
      ? value
      : JSON.stringify(value)
    : String(value);

export function renderLlamaFactoryYaml(values: LlamaFactoryTrainingArguments, header: string): string {
  const lines = header.split("\n").map((line) => `# ${line}`.trimEnd());
  const written = new Set<string>();
  const entries = Object.entries(values) as Array<[string, unknown]>;
  for (const [title, keys] of SECTIONS) {
    const section = entries.filter(([key]) => keys.includes(key));
    if (section.length === 0) continue;
    lines.push("", `### ${title}`, ...section.map(([key, value]) => `${key}: ${scalar(value)}`));
    for (const [key] of section) written.add(key);
  }
  const training = entries.filter(([key]) => !written.has(key));
  lines.push(
    "",
    "### train and output (TrainingArguments)",
    ...training.map(([key, value]) => `${key}: ${scalar(value)}`),
  );
  return `${lines.join("\n")}\n`;
}

/** Reads a flat `key: scalar` YAML mapping (comments, blank lines, JSON-quoted strings, numbers, booleans, null). */
export function readFlatYaml(text: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const match = /^([A-Za-z_]\w*):[ \t]*(.*)$/.exec(line);
    if (match === null) throw new Error(`line ${index + 1} is not "key: value": ${raw}`);
    const [, key = "", rest = ""] = match;
    if (key in values) throw new Error(`line ${index + 1}: ${key} appears twice`);
    const quoted = /^"(?:[^"\\]|\\.)*"/.exec(rest)?.[0];
    const value = quoted ?? rest.replace(/\s+#.*$/, "");
    values[key] =
      quoted !== undefined
        ? (JSON.parse(quoted) as string)
        : /^(true|false)$/.test(value)
          ? value === "true"
          : value === "null"
            ? null
            : /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value)
              ? Number(value)
              : value;
  });
  return values;
}
