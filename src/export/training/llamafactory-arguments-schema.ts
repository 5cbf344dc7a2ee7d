// The keys navab may write into a LLaMA-Factory training YAML, with their types, written from the argument
// dataclasses of LLaMA-Factory 0.9.5 (PyPI wheel llamafactory==0.9.5: src/llamafactory/hparams/model_args.py
// ModelArguments, data_args.py DataArguments, finetuning_args.py FinetuningArguments/LoraArguments/RLHFArguments)
// and of transformers' TrainingArguments, which LLaMA-Factory's TrainingArguments extends (training_args.py of
// transformers 4.55.0 and 5.6.0, the bounds llamafactory 0.9.5 accepts; keys present in both). `.strict()`
// mirrors LLaMA-Factory itself, which rejects unknown keys (hparams/parser.py, unless ALLOW_EXTRA_ARGS is set).
import { z } from "zod";

const modelArguments = {
  model_name_or_path: z.string().min(1),
  trust_remote_code: z.boolean(),
};

const dataArguments = {
  template: z.string().min(1),
  dataset: z.string().min(1),
  eval_dataset: z.string().min(1),
  dataset_dir: z.string().min(1),
  cutoff_len: z.number().int().positive(),
  max_samples: z.number().int().positive(),
  preprocessing_num_workers: z.number().int().positive(),
  overwrite_cache: z.boolean(),
};

const finetuningArguments = {
  stage: z.enum(["pt", "sft", "rm", "ppo", "dpo", "kto"]),
  finetuning_type: z.enum(["lora", "oft", "freeze", "full"]),
  lora_rank: z.number().int().positive(),
  lora_alpha: z.number().int().positive(),
  lora_dropout: z.number().min(0).max(1),
  lora_target: z.string().min(1),
  pref_beta: z.number().positive(),
  pref_ftx: z.number().min(0),
  pref_loss: z.enum(["sigmoid", "hinge", "ipo", "kto_pair", "orpo", "simpo"]),
  plot_loss: z.boolean(),
};

const trainingArguments = {
  output_dir: z.string().min(1),
  do_train: z.boolean(),
  do_eval: z.boolean(),
  per_device_train_batch_size: z.number().int().positive(),
  per_device_eval_batch_size: z.number().int().positive(),
  gradient_accumulation_steps: z.number().int().positive(),
  learning_rate: z.number().positive(),
  num_train_epochs: z.number().positive(),
  lr_scheduler_type: z.enum(["linear", "cosine", "constant", "constant_with_warmup", "polynomial"]),
  logging_steps: z.number().positive(),
  save_strategy: z.enum(["no", "steps", "epoch", "best"]),
  eval_strategy: z.enum(["no", "steps", "epoch"]),
  bf16: z.boolean(),
  seed: z.number().int(),
  report_to: z.string().min(1),
};

export const llamaFactoryTrainingSchema = z
  .object({ ...modelArguments, ...dataArguments, ...finetuningArguments, ...trainingArguments })
  .partial()
  .required({ model_name_or_path: true, stage: true, do_train: true, dataset: true, template: true, output_dir: true })
  .strict();

export type LlamaFactoryTrainingArguments = z.infer<typeof llamaFactoryTrainingSchema>;
