// Settings of the two conflict stages (files in settings/): the graph build (conflicts.graph) and the reduction
// rounds (conflicts.reduce), with their zod schemas.
import { z } from "zod";
import { executionSettings, llmStepSettings, settingsFile } from "../kernel/index.js";

const neighbourLinks = z.object({
  neighbours: z.number().int().positive(),
  minimumScore: z.number().min(0),
  maximumDocumentShare: z.number().gt(0).max(1),
});

export const graphSettingsSchema = z.object({
  sameValue: z.object({
    /** Cosine of a candidate pair (null: the statement embedder's calibrated threshold). */
    candidateThreshold: z.number().min(-1).max(1).nullable(),
    /** Cosine at which a pair is the same value without an LLM check (null: the statement embedder's). */
    acceptThreshold: z.number().min(-1).max(1).nullable(),
    neighbours: z.number().int().positive(),
    /** Most uncertain pairs checked by the same-value judge. */
    maxLlmChecks: z.number().int().min(0),
    ...llmStepSettings,
  }),
  /** Stances toward each cluster's canonical claim (agreement judge), and where statement links get their sign. */
  stance: z.object({
    /** "stances": + when both stances toward the canonical claim agree; "pairwise": the pair judged directly. */
    signs: z.enum(["stances", "pairwise"]),
    ...llmStepSettings,
  }),
  /** threshold null: the article embedder's calibrated semantic threshold. */
  semantic: z.object({ neighbours: z.number().int().positive(), threshold: z.number().min(-1).max(1).nullable() }),
  /** Geo links by distance between the places articles name (and their outlet's location). */
  geo: z.object({
    neighbours: z.number().int().positive(),
    maximumKm: z.number().positive(),
    maximumDocumentShare: z.number().gt(0).max(1),
  }),
  social: neighbourLinks,
  /** Characters of article text embedded and searched for place names. */
  articleCharacters: z.number().int().positive(),
  execution: executionSettings,
});
export type GraphBuildOptions = z.infer<typeof graphSettingsSchema>;
export const GRAPH_SETTINGS = settingsFile("conflicts", "graph", 2, graphSettingsSchema);

export type SearchBackendName = "memory" | "cypher";

export const reductionSettingsSchema = z.object({
  rounds: z.number().int().min(1).max(50),
  maxLength: z.number().int().min(3).max(5),
  maxCyclesPerSeed: z.number().int().positive(),
  seed: z.number().int(),
  resolution: z.number().positive(),
  /** What a dominant stance needs (reduction/margin.ts); below it the claim is contested. */
  margin: z.object({
    alpha: z.number().gt(0).max(1),
    minimumShare: z.number().min(0.5).max(1),
    minimumStatements: z.number().int().min(1),
  }),
  execution: z.object({ backend: z.enum(["memory", "cypher"]) }),
});
export type ReductionOptions = z.infer<typeof reductionSettingsSchema>;
export const REDUCTION_SETTINGS = settingsFile("conflicts", "reduce", 2, reductionSettingsSchema);
