// Settings of the verification stages (settings/prepare.v1.json, settings/prelabel.v1.json) and their zod schemas.
import { z } from "zod";
import { executionSettings, llmStepSettings, settingsFile } from "../kernel/index.js";

export const prepareSettingsSchema = z.object({
  sampleSize: z.number().int().positive(),
  seed: z.number().int(),
  /** Items every rater labels (the kappa subset); the rest go to one rater each. */
  overlap: z.number().int().min(0),
});
export type PrepareSettings = z.infer<typeof prepareSettingsSchema>;
export const PREPARE_SETTINGS = settingsFile("verify", "prepare", 1, prepareSettingsSchema);

export const prelabelSettingsSchema = z.object({
  ...llmStepSettings,
  /** At most this many items per nation (0: all). */
  limit: z.number().int().min(0),
  execution: executionSettings,
});
export type PrelabelSettings = z.infer<typeof prelabelSettingsSchema>;
export const PRELABEL_SETTINGS = settingsFile("verify", "prelabel", 1, prelabelSettingsSchema);
