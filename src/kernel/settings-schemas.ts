// zod pieces shared by stage settings schemas, so every settings file spells the same things the same way.
import { z } from "zod";

/** How a stage runs, not what it produces: recorded on the Run, left out of the settings hash. */
export const executionSettings = z.object({
  /** Model calls (or items) in flight at once. */
  concurrency: z.number().int().positive(),
});

/** Every LLM step: its prompt file version, re-asks after a malformed answer, and an optional sampling seed. */
export const llmStepSettings = {
  /** Version of the step's prompt file (`src/prompts/<area>/<step>.<version>.json`), e.g. "v1". */
  prompt: z.string().regex(/^v\d+$/),
  retries: z.number().int().min(0),
  seed: z.number().int().optional(),
};
