// Chooses the log-likelihood backend from flags: the local GGUF (default, the same offline model as the LLM
// layer), a local ONNX causal-LM folder, or an OpenAI-compatible /v1/completions endpoint with echo + logprobs.
import { basename } from "node:path";
import type { Settings } from "../../config/settings.js";
import { InputError } from "../../shared/errors.js";
import { ensureLocalModel, fileSha256 } from "../local/local-model.js";
import { sharedModel } from "../local/llama-runtime.js";
import { LlamaCppScorer } from "./llama-cpp-scorer.js";
import type { LogLikelihoodScorer } from "./log-likelihood-scorer.js";
import { OnnxScorer } from "./onnx-scorer.js";
import { OpenAiCompletionsScorer } from "./openai-completions-scorer.js";

export interface ScorerChoice {
  backend: "local" | "onnx" | "openai";
  /** GGUF path (local), model folder (onnx) or model name (openai). */
  model?: string;
  baseUrl?: string;
  apiKey?: string;
  prefixReuse?: boolean;
}

export interface CreatedScorer {
  scorer: LogLikelihoodScorer & { evaluatedTokens?: number };
  model: { id: string; file?: string; sha256?: string };
}

export async function createLogLikelihoodScorer(
  settings: Settings,
  choice: ScorerChoice,
  log?: (line: string) => void,
): Promise<CreatedScorer> {
  if (choice.backend === "openai") {
    if (!choice.baseUrl || !choice.model) throw new InputError("the openai scorer needs --base-url and --model");
    const scorer = new OpenAiCompletionsScorer({
      baseUrl: choice.baseUrl,
      model: choice.model,
      ...(choice.apiKey ? { apiKey: choice.apiKey } : {}),
    });
    return { scorer, model: { id: scorer.id } };
  }
  if (choice.backend === "onnx") {
    if (!choice.model)
      throw new InputError("the onnx scorer needs --model <folder with model.onnx and tokenizer.json>");
    const scorer = new OnnxScorer(choice.model);
    return {
      scorer,
      model: {
        id: scorer.id,
        file: choice.model,
        sha256: await fileSha256(`${choice.model}/model.onnx`).catch(() => undefined),
      },
    };
  }
  const environment = choice.model ? { ...settings.models, NAVAB_GGUF: choice.model } : settings.models;
  const local = await ensureLocalModel(settings, { environment, ...(log ? { log } : {}) });
  const id = `llama.cpp:${basename(local.path)}@${local.sha256.slice(0, 12)}`;
  const scorer = new LlamaCppScorer(await sharedModel(local.path), id, {
    prefixReuse: choice.prefixReuse ?? true,
    threads: settings.llamaThreads,
  });
  return { scorer, model: { id, file: local.path, sha256: local.sha256 } };
}
