// The keyword arguments navab's TRL script may pass, with their types, written from TRL 1.16.0 (PyPI wheel
// trl==1.16.0: trl/trainer/dpo_config.py DPOConfig, trl/trainer/base_config.py _BaseConfig, which extends
// transformers' TrainingArguments — training_args.py of transformers 4.56.2+ (TRL's floor) and 5.6.0 — and
// trl/trainer/dpo_trainer.py DPOTrainer.__init__) and peft 0.18.1 (peft/tuners/lora/config.py LoraConfig,
// peft/config.py task_type). Unknown keywords are rejected, as Python would reject them.
import { z } from "zod";

/** A Python expression the script computes (e.g. `arguments.model`), written as `{ python: "…" }`. */
export const pythonExpression = z.object({ python: z.string().min(1) }).strict();

export const dpoConfigSchema = z
  .object({
    output_dir: z.union([z.string().min(1), pythonExpression]),
    learning_rate: z.number().positive(),
    num_train_epochs: z.number().positive(),
    per_device_train_batch_size: z.number().int().positive(),
    per_device_eval_batch_size: z.number().int().positive(),
    gradient_accumulation_steps: z.number().int().positive(),
    bf16: z.boolean(),
    beta: z.number().positive(),
    loss_type: z.array(
      z.enum([
        "sigmoid",
        "hinge",
        "ipo",
        "exo_pair",
        "nca_pair",
        "robust",
        "bco_pair",
        "sppo_hard",
        "aot",
        "aot_unpaired",
        "apo_zero",
        "apo_down",
        "discopop",
        "sft",
        "sigmoid_norm",
      ]),
    ),
    max_length: z.number().int().positive(),
    logging_steps: z.number().positive(),
    eval_strategy: z.enum(["no", "steps", "epoch"]),
    save_strategy: z.enum(["no", "steps", "epoch", "best"]),
    lr_scheduler_type: z.enum(["linear", "cosine", "constant", "constant_with_warmup", "polynomial"]),
    seed: z.number().int(),
    report_to: z.string().min(1),
  })
  .partial()
  .required({ output_dir: true })
  .strict();

export const dpoTrainerSchema = z
  .object({
    model: z.union([z.string().min(1), pythonExpression]),
    ref_model: pythonExpression,
    args: pythonExpression,
    train_dataset: pythonExpression,
    eval_dataset: pythonExpression,
    processing_class: pythonExpression,
    peft_config: pythonExpression,
  })
  .partial()
  .required({ model: true, args: true, train_dataset: true })
  .strict();

export const loraConfigSchema = z
  .object({
    r: z.number().int().positive(),
    lora_alpha: z.number().int().positive(),
    lora_dropout: z.number().min(0).max(1),
    target_modules: z.union([z.string().min(1), z.array(z.string().min(1))]),
    bias: z.enum(["none", "all", "lora_only"]),
    task_type: z.enum(["CAUSAL_LM", "SEQ_CLS", "SEQ_2_SEQ_LM", "TOKEN_CLS", "QUESTION_ANS", "FEATURE_EXTRACTION"]),
  })
  .partial()
  .strict();
