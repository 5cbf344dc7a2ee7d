// The NaVAB paper's DPO training settings (arXiv 2504.12911; the DPO rows of
// ../shared/reference/navab-paper/table4_topic_model_config.csv: dpo_learning_rate 5e-5, dpo_epochs 3,
// dpo_batch_size 2, dpo_gradient_accumulation 8, dpo_train_share 0.8; LoRA and bf16 as in the paper's training
// setup), plus the choices the paper leaves open, each marked as navab's.
export interface DpoTrainingSettings {
  learningRate: number;
  epochs: number;
  batchSize: number;
  gradientAccumulation: number;
  bf16: boolean;
  /** The paper's DPO ablation model (Table 3: Llama3.1-8b base). */
  baseModel: string;
  /** LLaMA-Factory chat template for the base model. */
  template: string;
  /** navab's choices (not stated in the paper): LLaMA-Factory's and peft's usual LoRA defaults, DPO beta 0.1. */
  loraRank: number;
  loraAlpha: number;
  loraDropout: number;
  beta: number;
  maxLength: number;
  seed: number;
}

export const PAPER_DPO_SETTINGS: DpoTrainingSettings = {
  learningRate: 5e-5,
  epochs: 3,
  batchSize: 2,
  gradientAccumulation: 8,
  bf16: true,
  baseModel: "meta-llama/Llama-3.1-8B",
  template: "llama3",
  loraRank: 8,
  loraAlpha: 16,
  loraDropout: 0,
  beta: 0.1,
  maxLength: 1024,
  seed: 13,
};
