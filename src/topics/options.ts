// Options of the topic stage: DEFAULTS from the versioned settings file (settings/topics.v2.json: paper Table 4,
// and since v2 sample-and-assign for scopes above `sample.above` documents), with caller overrides merged over
// them one level deep.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { fromRepository } from "../config/paths.js";

const reductionSchema = z.object({
  dimensions: z.number().int().positive(),
  neighbors: z.number().int().positive(),
  minDistance: z.number().min(0),
  metric: z.enum(["cosine", "euclidean"]),
  seed: z.number().int(),
});

const settingsSchema = z.object({
  version: z.string(),
  embeddingBatchSize: z.number().int().positive(),
  umap: reductionSchema,
  projection: reductionSchema,
  hdbscan: z.object({
    paperMinClusterSize: z.number().int().positive(),
    /** Fixed size; overrides the scaled paper value when set. */
    minClusterSize: z.number().int().min(2).optional(),
    minSamples: z.number().int().positive().optional(),
    clusterSelectionMethod: z.enum(["eom", "leaf"]),
    /** When one EOM cluster swallows more than this share of the scope, select "leaf" clusters instead (recorded). */
    maximumClusterShare: z.number().gt(0).max(1),
  }),
  instag: z.object({
    enabled: z.boolean(),
    minimumDocumentsPerTag: z.number().int().min(0),
    /** Tag at most this many outliers, spread evenly over them (slow local models); unset = all. */
    maximumDocuments: z.number().int().positive().optional(),
  }),
  representation: z.object({
    candidates: z.number().int().positive(),
    keywords: z.number().int().positive(),
    diversity: z.number().min(0).max(1),
    minimumDocumentFrequency: z.number().int().min(1),
    bigrams: z.boolean(),
  }),
  labels: z.object({ enabled: z.boolean(), prompt: z.string() }),
  instagPrompt: z.string(),
  textCharacters: z.number().int().positive(),
  /**
   * Sample-and-assign: scopes of more than `above` documents fit UMAP + HDBSCAN on a seeded sample of `size` and
   * assign the rest (UMAP transform, HDBSCAN approximate prediction), reading the scope in pages of `pageSize`.
   * At or below `above`, nothing changes.
   */
  sample: z.object({
    above: z.number().int().positive(),
    size: z.number().int().min(2),
    seed: z.number().int(),
    pageSize: z.number().int().positive(),
  }),
});

export type TopicOptions = z.infer<typeof settingsSchema>;
export type TopicOptionOverrides = {
  [Key in keyof TopicOptions]?: TopicOptions[Key] extends object ? Partial<TopicOptions[Key]> : TopicOptions[Key];
};

export const DEFAULTS: TopicOptions = settingsSchema.parse(
  JSON.parse(readFileSync(fromRepository("src", "topics", "settings", "topics.v2.json"), "utf8")),
);

/** DEFAULTS with overrides merged in (objects one level deep), validated again. */
export function resolveOptions(overrides: TopicOptionOverrides = {}): TopicOptions {
  const merged: Record<string, unknown> = { ...DEFAULTS };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const base = (DEFAULTS as Record<string, unknown>)[key];
    merged[key] =
      typeof value === "object" && value !== null && typeof base === "object" ? { ...base, ...value } : value;
  }
  return settingsSchema.parse(merged);
}
