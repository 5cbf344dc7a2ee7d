// LLaMA-Factory preference data (data/README.md, "Preference Dataset", alpaca format): a JSON array of
// {instruction, input?, chosen, rejected} records, registered in dataset_info.json with `"ranking": true` and
// a `columns` map {prompt, query, chosen, rejected}. Extra keys (our provenance) are ignored by the loader.
import { z } from "zod";

export const llamaFactoryRecordSchema = z
  .object({
    instruction: z.string().min(1),
    input: z.string().optional(),
    chosen: z.string().min(1),
    rejected: z.string().min(1),
  })
  .passthrough();

export const llamaFactoryFileSchema = z.array(llamaFactoryRecordSchema).min(1);

export const llamaFactoryDatasetInfoSchema = z.record(
  z.string(),
  z.object({
    file_name: z.string().min(1),
    formatting: z.literal("alpaca").optional(),
    ranking: z.literal(true),
    columns: z.object({ prompt: z.string(), query: z.string().optional(), chosen: z.string(), rejected: z.string() }),
  }),
);
