// Settings of the evaluation stage (settings/evaluation.v1.json) and its zod schema.
import { z } from "zod";
import { settingsFile } from "../kernel/index.js";

const version = z.string().regex(/^v\d+$/);

export const evaluationSettingsSchema = z.object({
  /** Seed of the AJ A/B positions and of the bootstrap. */
  seed: z.number().int(),
  bootstrapResamples: z.number().int().positive(),
  /** Canary and tie guards against broken scorers (only unit tests of broken scorers switch them off). */
  guard: z.boolean(),
  guardOptions: z.object({ maximumTieShare: z.number().min(0).max(1), tolerance: z.number().min(0) }),
  prompts: z.object({ multipleChoice: version, freeAnswer: version, answerJudgment: version }),
  judgeRetries: z.number().int().min(0),
  execution: z.object({ batchSize: z.number().int().positive() }),
});
export type EvaluationOptions = z.infer<typeof evaluationSettingsSchema>;
export const EVALUATION_SETTINGS = settingsFile("evaluation", "evaluation", 1, evaluationSettingsSchema);
