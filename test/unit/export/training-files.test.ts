// The training hand-off: the paper's settings (checked against the reference CSV), the LLaMA-Factory YAML and
// the TRL script pass the schemas written from LLaMA-Factory 0.9.5 / TRL 1.16.0 / peft 0.18.1 as written and
// read back, and the schemas really reject what those tools would reject.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { loadSettings } from "../../../src/config/settings.js";
import { ExportValidationError } from "../../../src/export/index.js";
import { llamaFactoryTrainingSchema } from "../../../src/export/training/llamafactory-arguments-schema.js";
import {
  llamaFactoryArguments,
  readFlatYaml,
  renderLlamaFactoryYaml,
} from "../../../src/export/training/llamafactory-config.js";
import { PAPER_DPO_SETTINGS } from "../../../src/export/training/paper-settings.js";
import {
  dpoConfigSchema,
  dpoTrainerSchema,
  loraConfigSchema,
} from "../../../src/export/training/trl-arguments-schema.js";
import { readCallKeywords, renderTrlScript, trlCalls } from "../../../src/export/training/trl-script.js";
import { validateTrainingFile, writeTrainingFiles } from "../../../src/export/training/write-training-files.js";

const folders: string[] = [];
after(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

test("paper settings: the DPO rows of the reference table (lr 5e-5, 3 epochs, batch 2, accumulation 8)", (context) => {
  const csv = join(loadSettings().reference, "navab-paper", "table4_topic_model_config.csv");
  if (!existsSync(csv)) return context.skip(`no reference table at ${csv}`);
  const rows = new Map(
    readFileSync(csv, "utf8")
      .trim()
      .split("\n")
      .map((line) => line.split(",") as [string, string]),
  );
  assert.equal(PAPER_DPO_SETTINGS.learningRate, Number(rows.get("dpo_learning_rate")));
  assert.equal(PAPER_DPO_SETTINGS.epochs, Number(rows.get("dpo_epochs")));
  assert.equal(PAPER_DPO_SETTINGS.batchSize, Number(rows.get("dpo_batch_size")));
  assert.equal(PAPER_DPO_SETTINGS.gradientAccumulation, Number(rows.get("dpo_gradient_accumulation")));
  assert.equal(PAPER_DPO_SETTINGS.bf16, true);
});

test("LLaMA-Factory YAML: the written file reads back to the same arguments, which pass the schema", () => {
  const values = llamaFactoryArguments(PAPER_DPO_SETTINGS, "navab_dpo_all");
  assert.deepEqual(llamaFactoryTrainingSchema.parse(values), values);
  const yaml = renderLlamaFactoryYaml(values, "header line");
  assert.deepEqual(readFlatYaml(yaml), values);
  assert.match(yaml, /^stage: dpo$/m);
  assert.match(yaml, /^finetuning_type: lora$/m);
  assert.match(yaml, /^learning_rate: 0\.00005$/m);
  assert.match(yaml, /^gradient_accumulation_steps: 8$/m);
  assert.match(yaml, /^dataset: navab_dpo_all_train$/m);
  assert.match(yaml, /^dataset_dir: "\."$/m);
});

test("LLaMA-Factory schema: rejects keys the tool does not have and values of the wrong type", () => {
  const values = llamaFactoryArguments(PAPER_DPO_SETTINGS, "navab");
  const rejects = (change: Record<string, unknown>) =>
    assert.equal(llamaFactoryTrainingSchema.safeParse({ ...values, ...change }).success, false, JSON.stringify(change));
  rejects({ overwrite_output_dir: true }); // removed from transformers' TrainingArguments in 5.x
  rejects({ lora_r: 8 }); // LLaMA-Factory calls it lora_rank
  rejects({ stage: "orpo" }); // a pref_loss, not a stage
  rejects({ learning_rate: "5e-5" });
  rejects({ per_device_train_batch_size: 2.5 });
  assert.equal(llamaFactoryTrainingSchema.safeParse({ ...values, stage: undefined }).success, false);
});

test("TRL script: DPOConfig, LoraConfig and DPOTrainer keywords read back from the script and pass the schemas", () => {
  const calls = trlCalls(PAPER_DPO_SETTINGS);
  const script = renderTrlScript(calls, PAPER_DPO_SETTINGS, "header");
  assert.deepEqual(readCallKeywords(script, "DPOConfig"), calls.DPOConfig);
  assert.deepEqual(readCallKeywords(script, "LoraConfig"), calls.LoraConfig);
  assert.deepEqual(readCallKeywords(script, "DPOTrainer"), calls.DPOTrainer);
  assert.equal(dpoConfigSchema.safeParse(readCallKeywords(script, "DPOConfig")).success, true);
  assert.equal(loraConfigSchema.safeParse(readCallKeywords(script, "LoraConfig")).success, true);
  assert.equal(dpoTrainerSchema.safeParse(readCallKeywords(script, "DPOTrainer")).success, true);
  assert.match(script, /^ {4}learning_rate=0\.00005,$/m);
  assert.match(script, /^ {4}bf16=True,$/m);
  assert.match(script, /^from trl import DPOConfig, DPOTrainer$/m);
});

test("TRL schemas: reject keywords TRL 1.16 / peft do not take", () => {
  const calls = trlCalls(PAPER_DPO_SETTINGS);
  assert.equal(dpoTrainerSchema.safeParse({ ...calls.DPOTrainer, tokenizer: { python: "tokenizer" } }).success, false);
  assert.equal(dpoConfigSchema.safeParse({ ...calls.DPOConfig, dpo_beta: 0.1 }).success, false);
  assert.equal(dpoConfigSchema.safeParse({ ...calls.DPOConfig, loss_type: "sigmoid" }).success, false); // a list in 1.16
  assert.equal(dpoConfigSchema.safeParse({ ...calls.DPOConfig, loss_type: ["dpo"] }).success, false);
  assert.equal(loraConfigSchema.safeParse({ ...calls.LoraConfig, rank: 8 }).success, false);
});

test("writeTrainingFiles: writes and checks the YAML and the script; a hand-edited bad key is caught", async () => {
  const folder = await mkdtemp(join(tmpdir(), "navab-training-"));
  folders.push(folder);
  assert.deepEqual(await writeTrainingFiles("llamafactory", folder, "navab_dpo_all"), ["train_dpo_lora.yaml"]);
  assert.deepEqual(await writeTrainingFiles("trl", folder, "navab_dpo_all"), ["train_dpo_lora.py"]);
  assert.deepEqual(await writeTrainingFiles("openai", folder, "navab_dpo_all"), []);
  assert.ok((await validateTrainingFile(folder, "trl")) >= 20);
  const yamlPath = join(folder, "train_dpo_lora.yaml");
  await writeFile(yamlPath, `${await readFile(yamlPath, "utf8")}warmup_ratios: 0.1\n`);
  await assert.rejects(validateTrainingFile(folder, "llamafactory"), (error: unknown) => {
    assert.ok(error instanceof ExportValidationError);
    assert.match(error.message, /train_dpo_lora\.yaml/);
    return true;
  });
  const scriptPath = join(folder, "train_dpo_lora.py");
  await writeFile(scriptPath, (await readFile(scriptPath, "utf8")).replace("    beta=0.1,", '    beta="high",'));
  await assert.rejects(validateTrainingFile(folder, "trl"), /DPOConfig: beta/);
});

test("flat YAML reader: comments, quoted strings with #, duplicates and non-mappings", () => {
  assert.deepEqual(readFlatYaml('# c\na: "x # y"  # note\nb: 3\nc: null\nd: false\n'), {
    a: "x # y",
    b: 3,
    c: null,
    d: false,
  });
  assert.throws(() => readFlatYaml("a: 1\na: 2\n"), /appears twice/);
  assert.throws(() => readFlatYaml("- item\n"), /not "key: value"/);
});
