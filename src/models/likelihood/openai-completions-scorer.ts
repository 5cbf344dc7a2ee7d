// LogLikelihoodScorer on an OpenAI-compatible /v1/completions endpoint (vLLM, llama.cpp server) using
// `echo: true` + `logprobs`: the prompt's own token log-probs are read back and the tokens at or after the
// context's character offset are the continuation. Missing prompt log-probs raise an error (never a score).
import { NavabError } from "../../shared/errors.js";
import type { LogLikelihoodRequest, LogLikelihoodResult, LogLikelihoodScorer } from "./log-likelihood-scorer.js";

export class CompletionsEndpointError extends NavabError {
  override name = "CompletionsEndpointError";
}

export interface OpenAiCompletionsScorerOptions {
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Some servers refuse max_tokens 0; generated tokens past the prompt are ignored either way. */
  maxTokens: number;
  timeoutMilliseconds: number;
}

interface CompletionLogProbabilities {
  tokens?: string[];
  token_logprobs?: (number | null)[];
  text_offset?: number[];
}

interface CompletionResponse {
  choices?: { logprobs?: CompletionLogProbabilities | null }[];
}

export class OpenAiCompletionsScorer implements LogLikelihoodScorer {
  readonly id: string;
  private readonly options: OpenAiCompletionsScorerOptions;

  constructor(options: Partial<OpenAiCompletionsScorerOptions> & { baseUrl: string; model: string }) {
    this.options = { maxTokens: 1, timeoutMilliseconds: 60_000, ...options };
    this.id = `openai-completions:${this.options.model}@${this.options.baseUrl}`;
  }

  async score(requests: readonly LogLikelihoodRequest[]): Promise<LogLikelihoodResult[]> {
    const results: LogLikelihoodResult[] = [];
    for (const request of requests) results.push(await this.scoreOne(request));
    return results;
  }

  private async scoreOne(request: LogLikelihoodRequest): Promise<LogLikelihoodResult> {
    const prompt = request.context + request.continuation;
    const url = `${this.options.baseUrl.replace(/\/+$/, "")}/completions`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}),
        },
        body: JSON.stringify({
          model: this.options.model,
          prompt,
          echo: true,
          logprobs: 1,
          max_tokens: this.options.maxTokens,
          temperature: 0,
        }),
        signal: AbortSignal.timeout(this.options.timeoutMilliseconds),
      });
    } catch (error) {
      throw new CompletionsEndpointError(`cannot reach ${url}: ${(error as Error).message}`);
    }
    if (!response.ok)
      throw new CompletionsEndpointError(
        `${url} answered HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`,
      );
    const body = (await response.json()) as CompletionResponse;
    const logprobs = body.choices?.[0]?.logprobs;
    const offsets = logprobs?.text_offset;
    const values = logprobs?.token_logprobs;
    if (!logprobs || !offsets || !values || !logprobs.tokens || offsets.length !== values.length) {
      throw new CompletionsEndpointError(
        `${url} returned no prompt-token log-probs (does the server support echo + logprobs?)`,
      );
    }
    const picked: number[] = [];
    offsets.forEach((offset, index) => {
      const tokenEnd = offset + (logprobs.tokens?.[index]?.length ?? 0);
      if (offset >= prompt.length || tokenEnd <= request.context.length) return;
      const value = values[index];
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new CompletionsEndpointError(
          `${url} returned a missing log-prob for prompt token ${index} ("${logprobs.tokens?.[index]}")`,
        );
      }
      picked.push(value);
    });
    if (picked.length === 0)
      throw new CompletionsEndpointError(
        `${url} returned no log-probs for the continuation "${request.continuation.slice(0, 40)}"`,
      );
    return {
      logLikelihood: picked.reduce((total, value) => total + value, 0),
      tokenCount: picked.length,
      tokenLogProbabilities: picked,
    };
  }
}
