// The data the topic stage passes between its steps and hands to persistence and reports.
import type { LlmPlumbing } from "../../llm/llm-call.js";
import type { EmbeddingModel } from "../../models/embedding/embedding-model.js";
import type { AssignmentModel } from "../clustering/assign-points.js";

/** What the topic stage's LLM calls share with the other stages: cache, token log, transient retries. */
export type TopicLlmOptions = LlmPlumbing;

export interface TopicDocument {
  id: string;
  text: string;
  language: string;
  title?: string;
}

export interface TopicMember {
  /** Position of the document in the input list. */
  document: number;
  probability: number;
}

export interface BuiltTopic {
  /** 0-based rank of the topic in its scope (HDBSCAN topics by size first, then InsTag topics). */
  index: number;
  method: "hdbscan" | "instag";
  label: string;
  labelSource: "llm" | "keywords" | "instag";
  labelFailure?: string;
  keywords: string[];
  /** The c-TF-IDF candidates and scores behind the keywords and label. */
  evidence: { term: string; score: number }[];
  members: TopicMember[];
}

export interface TopicCounts {
  documents: number;
  clusters: number;
  outliersBeforeInstag: number;
  outliersAfterInstag: number;
  instagTopics: number;
  failedInstagBatches: number;
  /** Outliers sent to InsTag (all of them unless `instag.maximumDocuments` caps it). */
  instagDocuments: number;
  llmLabels: number;
  fallbackLabels: number;
  embeddedFresh: number;
  embeddedFromCache: number;
  /** 1 when EOM gave one giant cluster and leaf selection was used instead. */
  leafSelectionFallback: number;
  /** Sample-and-assign (scopes above `sample.above`): documents fitted, and documents assigned afterwards. */
  sampledDocuments?: number;
  assignedDocuments?: number;
}

export interface TopicModelResult {
  topics: BuiltTopic[];
  /** HDBSCAN label per document (−1 = noise) before InsTag. */
  clusterLabels: Int32Array;
  /** Final topic index per document (−1 = still an outlier). */
  topicOfDocument: Int32Array;
  /** 2-d projection for the scatter plot. */
  projection: Float64Array[];
  embeddingModelId: string;
  minClusterSize: number;
  clusterSelection: "eom" | "leaf";
  counts: TopicCounts;
  /** Why the last failed InsTag batch failed (when counts.failedInstagBatches > 0). */
  instagFailure?: string;
  /** When built on a sample: the fitted model that assigns the other documents, and the (fitted) embedder. */
  assignment?: { model: AssignmentModel; embeddingModel: EmbeddingModel };
}
