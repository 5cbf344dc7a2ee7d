// Default settings of the conflict graph build (thresholds suit L2-normalised embeddings; tune per model).
import type { SameValueOptions } from "./same-value.js";

export interface GraphBuildOptions {
  /** Nation codes to include (null: every nation). */
  nations: string[] | null;
  /** Only statements of this statements run (null: every valid statement). */
  statementRunId: string | null;
  sameValue: SameValueOptions;
  semantic: { neighbours: number; threshold: number };
  geo: { neighbours: number; minimumScore: number; maximumDocumentShare: number };
  social: { neighbours: number; minimumScore: number; maximumDocumentShare: number };
  /** Characters of article text embedded and searched for place names. */
  articleCharacters: number;
}

export const GRAPH_DEFAULTS: GraphBuildOptions = {
  nations: null,
  statementRunId: null,
  sameValue: {
    candidateThreshold: 0.55,
    acceptThreshold: 0.85,
    neighbours: 8,
    maxLlmChecks: 200,
    prompt: "v2",
    llmRetries: 0,
  },
  semantic: { neighbours: 5, threshold: 0.6 },
  geo: { neighbours: 5, minimumScore: 2, maximumDocumentShare: 0.25 },
  social: { neighbours: 5, minimumScore: 1, maximumDocumentShare: 0.25 },
  articleCharacters: 3000,
};
