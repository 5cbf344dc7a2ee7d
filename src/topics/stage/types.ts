// The data the topic stage passes between its steps and hands to persistence and reports.
import type { LlmPlumbing } from "../../llm/llm-call.js";
import type { EmbeddingModel } from "../../models/embedding/embedding-model.js";
import type { AssignmentModel } from "../clustering/assign-points.js";
import type { InstagAssignment, MergeDecision, RoundSummary, StopReason } from "../instag/instag-types.js";

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
  /** HDBSCAN membership; 1 for an InsTag tag; cosine similarity to the tag topic's centroid for nearest-tag-topic. */
  probability: number;
  /** How the document joined: an HDBSCAN cluster, its own InsTag tags, or the nearest tag topic. */
  assignment: "cluster" | InstagAssignment;
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
  /** InsTag topics: every normalized tag merged into it. */
  tags?: string[];
}

export interface TopicCounts {
  documents: number;
  clusters: number;
  outliersBeforeInstag: number;
  outliersAfterInstag: number;
  /** Outliers as a share of the documents, after HDBSCAN and after InsTag (4 decimals). */
  outlierShareBeforeInstag: number;
  outlierShareAfterInstag: number;
  instagTopics: number;
  instagRounds: number;
  failedInstagBatches: number;
  /** Outliers sent to InsTag over all rounds (`instag.maximumDocuments` caps it). */
  instagDocuments: number;
  /** Outliers that joined a tag topic by their own tags / by the nearest tag topic's centroid. */
  instagAssignedByTag: number;
  instagAssignedByNearest: number;
  /** LLM merge checks of similar tags, and how many of them merged. */
  instagMergeChecks: number;
  instagMerges: number;
  /** Tags refused as empty, degenerate or an echo of the prompt. */
  instagDroppedTags: number;
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
  /** What InsTag did, round by round, with every merge decision (absent when it did not run). */
  instag?: InstagSummary;
}

export interface InstagSummary {
  rounds: RoundSummary[];
  merges: MergeDecision[];
  stoppedBecause: StopReason;
  /** Wall-clock seconds InsTag took. */
  seconds: number;
}
