// LogLikelihoodScorer on a local ONNX causal LM (a folder with model.onnx + tokenizer.json/tokenizer_config.json,
// as exported by Optimum): the tokenizer comes from @huggingface/transformers, the forward pass runs on
// onnxruntime-node directly (one pass per candidate over context+continuation, log-softmax of the logits).
// Models that require past_key_values inputs must be exported without cache (`--task text-generation`).
import { readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { AutoTokenizer, env, type PreTrainedTokenizer } from "@huggingface/transformers";
import * as ort from "onnxruntime-node";
import type { LogLikelihoodRequest, LogLikelihoodResult, LogLikelihoodScorer } from "./log-likelihood-scorer.js";
import { continuationStart, LikelihoodScoringError, logSoftmaxAt, sum } from "./token-alignment.js";

interface Loaded {
  session: ort.InferenceSession;
  tokenizer: PreTrainedTokenizer;
  bos: number | undefined;
}

async function load(folder: string): Promise<Loaded> {
  env.allowRemoteModels = false;
  env.localModelPath = dirname(folder);
  const tokenizer = await AutoTokenizer.from_pretrained(basename(folder));
  const session = await ort.InferenceSession.create(join(folder, "model.onnx"));
  const unsupported = session.inputNames.filter(
    (name) => !["input_ids", "attention_mask", "position_ids"].includes(name),
  );
  if (unsupported.length > 0) {
    throw new LikelihoodScoringError(
      `${folder}/model.onnx needs inputs navab does not feed (${unsupported.join(", ")}); export it without past_key_values`,
    );
  }
  const config = JSON.parse(await readFile(join(folder, "config.json"), "utf8").catch(() => "{}")) as {
    bos_token_id?: number;
    add_bos?: boolean;
  };
  return { session, tokenizer, bos: config.add_bos === false ? undefined : config.bos_token_id };
}

export class OnnxScorer implements LogLikelihoodScorer {
  private loaded: Promise<Loaded> | undefined;
  evaluatedTokens = 0;

  constructor(
    private readonly folder: string,
    readonly id = `onnx:${basename(folder)}`,
  ) {}

  async score(requests: readonly LogLikelihoodRequest[]): Promise<LogLikelihoodResult[]> {
    this.loaded ??= load(this.folder);
    const { session, tokenizer, bos } = await this.loaded;
    const encode = (text: string): number[] => [
      ...(bos === undefined ? [] : [bos]),
      ...tokenizer.encode(text, { add_special_tokens: false }),
    ];
    const results: LogLikelihoodResult[] = [];
    for (const request of requests) {
      const tokens = encode(request.context + request.continuation);
      const start = continuationStart(encode(request.context), tokens, request);
      const logits = await this.forward(session, tokens);
      const vocabulary = logits.length / tokens.length;
      const values = tokens.slice(start).map((token, offset) => {
        const row = start + offset - 1;
        return logSoftmaxAt(logits.subarray(row * vocabulary, (row + 1) * vocabulary), token);
      });
      results.push({ logLikelihood: sum(values), tokenCount: values.length, tokenLogProbabilities: values });
    }
    return results;
  }

  private async forward(session: ort.InferenceSession, tokens: number[]): Promise<Float32Array> {
    const shape = [1, tokens.length];
    const feeds: Record<string, ort.Tensor> = {
      input_ids: new ort.Tensor("int64", BigInt64Array.from(tokens.map(BigInt)), shape),
    };
    if (session.inputNames.includes("attention_mask"))
      feeds.attention_mask = new ort.Tensor("int64", new BigInt64Array(tokens.length).fill(1n), shape);
    if (session.inputNames.includes("position_ids"))
      feeds.position_ids = new ort.Tensor(
        "int64",
        BigInt64Array.from(tokens.map((_token, index) => BigInt(index))),
        shape,
      );
    const output = await session.run(feeds);
    const logits = output.logits ?? output[session.outputNames[0] ?? "logits"];
    if (!logits || !(logits.data instanceof Float32Array))
      throw new LikelihoodScoringError(`${this.folder}/model.onnx returned no float logits`);
    this.evaluatedTokens += tokens.length;
    return logits.data;
  }
}
