// The cost of a set of requests before it is sent: prompt tokens estimated from the rendered messages (and the
// JSON schema sent with them), completion tokens bounded by each request's max_tokens, priced with
// NAVAB_LLM_PRICE_PROMPT / NAVAB_LLM_PRICE_COMPLETION (US dollars per million tokens) and the Batch discount.
// No tokenizer is bundled: a character of a CJK script counts as one token and four other characters as one,
// which is close for the GPT-4o/o200k and Llama 3 vocabularies on news text; a bound, not an invoice.
import type { BatchRequestLine } from "../../models/chat/batch-api.js";
import type { TokenPrices } from "../token-log.js";

const WIDE = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\u3040-\u30FF]/gu;

/** Estimated tokens of a text: CJK characters one each, everything else four characters to a token. */
export function estimateTokens(text: string): number {
  const wide = text.match(WIDE)?.length ?? 0;
  return wide + Math.ceil((text.length - wide) / 4);
}

export interface CostEstimate {
  requests: number;
  promptTokens: number;
  /** The sum of max_tokens: completions cannot be longer. */
  maxCompletionTokens: number;
  /** Upper bound in US dollars through the Batch API (discount applied), and the same requests sent synchronously. */
  batchUsd: number;
  synchronousUsd: number;
  /** False when no prices are configured (every figure in dollars is then 0). */
  priced: boolean;
}

function promptTokensOf(body: Record<string, unknown>): number {
  const messages = (body.messages ?? []) as { content?: unknown }[];
  // About four tokens of framing per message and three to prime the answer (OpenAI's counting recipe).
  let tokens = 3;
  for (const message of messages)
    tokens += 4 + estimateTokens(typeof message.content === "string" ? message.content : "");
  if (body.response_format !== undefined) tokens += estimateTokens(JSON.stringify(body.response_format));
  return tokens;
}

export function estimateCost(lines: readonly BatchRequestLine[], prices: TokenPrices): CostEstimate {
  let promptTokens = 0;
  let maxCompletionTokens = 0;
  for (const line of lines) {
    promptTokens += promptTokensOf(line.body);
    const maxTokens = line.body.max_tokens ?? line.body.max_completion_tokens;
    maxCompletionTokens += typeof maxTokens === "number" ? maxTokens : 4096;
  }
  const synchronousUsd =
    (promptTokens * prices.promptPerMillion + maxCompletionTokens * prices.completionPerMillion) / 1e6;
  return {
    requests: lines.length,
    promptTokens,
    maxCompletionTokens,
    synchronousUsd,
    batchUsd: synchronousUsd * (1 - (prices.batchDiscount ?? 0)),
    priced: prices.promptPerMillion > 0 || prices.completionPerMillion > 0,
  };
}

const dollars = (value: number): string => `$${value < 10 ? value.toFixed(4) : value.toFixed(2)}`;

export function describeEstimate(estimate: CostEstimate, discount: number): string {
  const tokens = `${estimate.requests} requests, ~${estimate.promptTokens} prompt tokens (estimated), ≤ ${estimate.maxCompletionTokens} completion tokens`;
  if (!estimate.priced)
    return `${tokens}; cost unknown: set NAVAB_LLM_PRICE_PROMPT and NAVAB_LLM_PRICE_COMPLETION (US$ per million tokens)`;
  return `${tokens}: ≤ ${dollars(estimate.batchUsd)} through the Batch API (${Math.round(discount * 100)}% off), ≤ ${dollars(estimate.synchronousUsd)} synchronously`;
}
