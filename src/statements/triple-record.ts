// The export/import row schema of a triple with its provenance ids (triple → statement → article → outlet →
// nation); exports are written with it and imports (including the NaVAB authors' samples) are validated by it.
import { z } from "zod";

export const NATIONS = ["CN", "US", "GB", "FR", "DE"] as const;
export const SETS = ["quoted", "official"] as const;

export const tripleRecordSchema = z.object({
  tripleId: z.string().min(1),
  question: z.string().min(1),
  statement: z.string().min(1),
  reverseStatement: z.string().min(1),
  language: z.string().min(2),
  nation: z.enum(NATIONS),
  set: z.enum(SETS),
  status: z.enum(["valid", "flagged"]),
  checks: z.array(z.string()),
  statementId: z.string().min(1),
  stance: z.enum(["support", "oppose"]).nullable(),
  valueClaim: z.string().nullable(),
  spanStart: z.number().int().nonnegative().nullable(),
  spanEnd: z.number().int().nonnegative().nullable(),
  articleId: z.string().min(1),
  /** Every article stating the item's text (one item per statement text); [articleId] for a single source. */
  articleIds: z.array(z.string().min(1)).default([]),
  outletId: z.string().min(1),
  speaker: z.string().nullable(),
  runId: z.string().min(1),
  modelId: z.string().nullable(),
  promptVersion: z.string().nullable(),
});

export type TripleRecord = z.infer<typeof tripleRecordSchema>;

export const RECORD_COLUMNS = Object.keys(tripleRecordSchema.shape) as (keyof TripleRecord)[];

/** File stem of one of the paper's 10 sets, e.g. "CN-quoted". */
export const setName = (nation: string, set: string): string => `${nation}-${set}`;
