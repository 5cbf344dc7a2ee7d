// TRL DPOTrainer "standard" preference format (TRL docs, Dataset formats → Preference): one JSON object per
// line with string `prompt`, `chosen` and `rejected` (implicit-prompt-free); extra columns are allowed.
import { z } from "zod";

export const trlRecordSchema = z
  .object({
    prompt: z.string().min(1),
    chosen: z.string().min(1),
    rejected: z.string().min(1),
  })
  .passthrough();
