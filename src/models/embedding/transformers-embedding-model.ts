// Local sentence-embedding models through @huggingface/transformers (ONNX Runtime), loaded from a local folder
// only (`env.allowRemoteModels = false`), with the per-language model choice of NaVAB Table 4 when the user has
// put those models there: bge-small-zh/en-v1.5 (CLS pooling), french-me5-small and German-Semantic-STS-V2
// (mean pooling). Each model folder holds config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { NavabError } from "../../shared/errors.js";
import { baseLanguage } from "../../topics/tokenization/stopwords.js";
import type { EmbedOptions, EmbeddingModel } from "./embedding-model.js";

export interface LocalModelChoice {
  /** Folder name under the model folder, e.g. "bge-small-en-v1.5" or "Xenova/bge-small-en-v1.5". */
  name: string;
  pooling: "mean" | "cls";
  /** Text put before every input (e5 models expect "query: " or "passage: "). */
  prefix?: string;
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

type Extractor = (texts: string[], options: { pooling: "mean" | "cls"; normalize: boolean }) => Promise<{ tolist(): number[][] }>;

export class TransformersEmbeddingModel implements EmbeddingModel {
  readonly id: string;
  readonly dimensions: number;
  private readonly extractors = new Map<string, Promise<Extractor>>();

  constructor(private readonly options: TransformersEmbeddingOptions) {
    this.dimensions = options.dimensions;
    const models = Object.entries(options.models).sort(([left], [right]) => left.localeCompare(right)).map(([language, choice]) => `${language}=${choice.name}/${choice.pooling}`);
    this.id = `transformers:${models.join(",")}`;
  }

  /** The model used for a language (its own, else "default"); a clear error when none is configured or present. */
  choiceFor(language: string): LocalModelChoice {
    const choice = this.options.models[baseLanguage(language)] ?? this.options.models.default;
    if (choice === undefined) throw new NavabError(`no local embedding model configured for language "${language}"`);
    const onnxFile = join(this.options.modelFolder, choice.name, "onnx", "model.onnx");
    if (!existsSync(onnxFile)) {
      throw new NavabError(`local embedding model ${choice.name} not found: expected ${onnxFile} (navab never downloads models; put an ONNX export there)`);
    }
    return choice;
  }

  async embed(texts: readonly string[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    const choice = this.choiceFor(options.language ?? "en");
    const extractor = await this.extractor(choice.name);
    const size = this.options.batchSize ?? 16;
    const vectors: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += size) {
      const batch = texts.slice(start, start + size).map((text) => `${choice.prefix ?? ""}${text}`);
      const output = await extractor(batch, { pooling: choice.pooling, normalize: true });
      for (const row of output.tolist()) vectors.push(Float32Array.from(row));
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
        const pipe = await transformers.pipeline("feature-extraction", name, { dtype: "fp32" });
        return pipe as unknown as Extractor;
      })();
      this.extractors.set(name, loading);
    }
    return loading;
  }
}
