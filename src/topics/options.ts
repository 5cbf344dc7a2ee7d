// Settings of the topic stage: the versioned settings file (settings/topics.v4.json: paper Table 4, InsTag rounds, and sample-and-assign for scopes above `sample.above` documents) and its schema.
// `resolveOptions` gives the file's values with overrides merged in, for callers that build topics without a Run
// (tests, benchmarks); the stage itself gets them from the kernel.
import { z } from "zod";
import { resolveSettings, settingsFile, type DeepPartial } from "../kernel/index.js";

const reductionSchema = z.object({
  dimensions: z.number().int().positive(),
  neighbors: z.number().int().positive(),
  minDistance: z.number().min(0),
  metric: z.enum(["cosine", "euclidean"]),
  seed: z.number().int(),
});

const settingsSchema = z.object({
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
  /** InsTag rounds on the HDBSCAN outliers (src/topics/instag/run-instag.ts). */
  instag: z.object({
    enabled: z.boolean(),
    /** Outliers sent to the model per round, spread evenly over the untried ones. */
    documentsPerRound: z.number().int().positive(),
    /** Nearest untried outliers tagged along with each spread seed, so close documents can agree on a tag. */
    neighboursPerSeed: z.number().int().min(0),
    maximumRounds: z.number().int().positive(),
    /** Outliers tagged over all rounds at most (`--instag-limit`); unset = only the rounds bound it. */
    maximumDocuments: z.number().int().positive().optional(),
    /** Stop once outliers are at most this share of the scope. */
    targetOutlierShare: z.number().min(0).max(1),
    /** Tagged documents of a round a consolidated tag needs to become a topic. */
    minimumDocumentsPerTag: z.number().int().min(1),
    /** Cosine similarity of two tag-string embeddings from which the LLM is asked whether they are one topic. */
    mergeSimilarity: z.number().min(-1).max(1),
    /** Standard score (over the outliers) from which two tagged documents are close enough to ask the same. */
    mergeStandardScore: z.number().positive(),
    mergeChecksPerRound: z.number().int().min(0),
    /** Standard score (over the outliers) of the similarity to a tag topic's centroid from which an outlier joins it. */
    assignStandardScore: z.number().positive(),
    /** Cosine similarity to that centroid an outlier needs in any case. */
    assignSimilarity: z.number().min(-1).max(1),
    /** Version of prompts/topics/instag-merge. */
    mergePrompt: z.string(),
  }),
  representation: z.object({
    candidates: z.number().int().positive(),
    keywords: z.number().int().positive(),
    diversity: z.number().min(0).max(1),
    minimumDocumentFrequency: z.number().int().min(1),
    bigrams: z.boolean(),
  }),
  /** Version of prompts/topics/label. */
  labels: z.object({ enabled: z.boolean(), prompt: z.string().regex(/^v\d+$/) }),
  /** Version of prompts/topics/instag. */
  instagPrompt: z.string().regex(/^v\d+$/),
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
export type TopicOptionOverrides = DeepPartial<TopicOptions>;

export const TOPIC_SETTINGS = settingsFile("topics", "topics", 4, settingsSchema);

/** The settings file's values with overrides merged in (objects deeply), validated. */
export function resolveOptions(overrides: TopicOptionOverrides = {}): TopicOptions {
  return resolveSettings("topics", TOPIC_SETTINGS, overrides).settings;
}
