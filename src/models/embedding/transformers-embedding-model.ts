// Local sentence-embedding models through @huggingface/transformers (ONNX Runtime), loaded from a local folder
// only (`env.allowRemoteModels = false`), with the per-language model choice of NaVAB Table 4 when the user has
// put those models there: bge-small-zh/en-v1.5 (CLS pooling), french-me5-small and German-Semantic-STS-V2
// (mean pooling). Each model folder holds config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { NavabError } from "../../shared/errors.js";
import { baseLanguage } from "../../text/tokenization/stopwords.js";
import type { EmbedOptions, EmbeddingModel } from "./embedding-model.js";

export interface LocalModelChoice {
  /** Folder name under the model folder, e.g. "bge-small-en-v1.5" or "Xenova/bge-small-en-v1.5". */
  name: string;
  pooling: "mean" | "cls";
  /** Text put before every input (e5 models expect "query: " or "passage: "). */
  prefix?: string;
  /** Tokens kept per text (default 512; sentence-transformers' all-MiniLM-L6-v2 uses 256). */
  maxTokens?: number;
}

/** The paper's per-language models (Table 4). */
export const PAPER_MODELS: Record<string, LocalModelChoice> = {
  zh: { name: "bge-small-zh-v1.5", pooling: "cls" },
  en: { name: "bge-small-en-v1.5", pooling: "cls" },
  fr: { name: "french-me5-small", pooling: "mean", prefix: "passage: " },
  de: { name: "German-Semantic-STS-V2", pooling: "mean" },
};

export interface TransformersEmbeddingOptions {
  /** Folder holding one sub-folder per model (env.localModelPath). */
  modelFolder: string;
  /** Model per ISO 639-1 language; "default" is used for other languages. */
  models: Record<string, LocalModelChoice>;
  dimensions: number;
  batchSize?: number;
}

interface TensorLike {
  data: ArrayLike<number | bigint>;
  dims: number[];
}
type Tokenizer = (
  texts: string[],
  options: { padding: boolean; truncation: boolean; max_length: number },
) => Record<string, TensorLike> & { attention_mask: TensorLike };
type Encoder = (inputs: Record<string, TensorLike>) => Promise<{ last_hidden_state: TensorLike }>;
interface Extractor {
  tokenizer: Tokenizer;
  model: Encoder;
}

/** Mean over unmasked tokens, or the first ([CLS]) token; then L2-normalised (sentence-transformers pooling). */
export function poolHiddenStates(hidden: TensorLike, mask: TensorLike, pooling: "mean" | "cls"): Float32Array[] {
  const [batch = 0, sequence = 0, size = 0] = hidden.dims;
  const vectors: Float32Array[] = [];
  for (let row = 0; row < batch; row += 1) {
    const vector = new Float32Array(size);
    let weight = 0;
    for (let token = 0; token < (pooling === "cls" ? 1 : sequence); token += 1) {
      if (pooling === "mean" && Number(mask.data[row * sequence + token]) === 0) continue;
      weight += 1;
      const offset = (row * sequence + token) * size;
      for (let dimension = 0; dimension < size; dimension += 1)
        vector[dimension] = (vector[dimension] ?? 0) + Number(hidden.data[offset + dimension]);
    }
    let norm = 0;
    for (let dimension = 0; dimension < size; dimension += 1) {
      vector[dimension] = (vector[dimension] ?? 0) / Math.max(1, weight);
      norm += (vector[dimension] ?? 0) ** 2;
    }
    vectors.push(vector.map((value) => value / (Math.sqrt(norm) || 1)));
  }
  return vectors;
}

export class TransformersEmbeddingModel implements EmbeddingModel {
  readonly id: string;
  readonly dimensions: number;
  private readonly extractors = new Map<string, Promise<Extractor>>();

  constructor(private readonly options: TransformersEmbeddingOptions) {
    this.dimensions = options.dimensions;
    const models = Object.entries(options.models)
      .sort(([left], [right]) => left.localeCompare(right))
      .map(([language, choice]) => `${language}=${choice.name}/${choice.pooling}/${choice.maxTokens ?? 512}`);
    this.id = `transformers:${models.join(",")}`;
  }

  /** The model used for a language (its own, else "default"); a clear error when none is configured or present. */
  choiceFor(language: string): LocalModelChoice {
    const choice = this.options.models[baseLanguage(language)] ?? this.options.models.default;
    if (choice === undefined) throw new NavabError(`no local embedding model configured for language "${language}"`);
    const onnxFile = join(this.options.modelFolder, choice.name, "onnx", "model.onnx");
    if (!existsSync(onnxFile)) {
      throw new NavabError(
        `local embedding model ${choice.name} not found: expected ${onnxFile} (navab never downloads models; put an ONNX export there)`,
      );
    }
    return choice;
  }

  async embed(texts: readonly string[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    const choice = this.choiceFor(options.language ?? "en");
    const { tokenizer, model } = await this.extractor(choice.name);
    const size = this.options.batchSize ?? 16;
    const vectors: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += size) {
      const batch = texts.slice(start, start + size).map((text) => `${choice.prefix ?? ""}${text}`);
      const inputs = tokenizer(batch, { padding: true, truncation: true, max_length: choice.maxTokens ?? 512 });
      const output = await model(inputs);
      vectors.push(...poolHiddenStates(output.last_hidden_state, inputs.attention_mask, choice.pooling));
    }
    return vectors;
  }

  private extractor(name: string): Promise<Extractor> {
    let loading = this.extractors.get(name);
    if (loading === undefined) {
      loading = (async () => {
        const transformers = await import("@huggingface/transformers");
        transformers.env.allowRemoteModels = false;
        transformers.env.allowLocalModels = true;
        transformers.env.localModelPath = this.options.modelFolder;
        const tokenizer = await transformers.AutoTokenizer.from_pretrained(name);
        const model = await transformers.AutoModel.from_pretrained(name, { dtype: "fp32" });
        return { tokenizer: tokenizer as unknown as Tokenizer, model: model as unknown as Encoder };
      })();
      this.extractors.set(name, loading);
    }
    return loading;
  }
}
