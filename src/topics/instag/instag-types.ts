// The data InsTag's rounds pass between their steps (NaVAB §3.2, after #InsTag, Lu et al. 2023): tag topics with
// how each document joined them, the auditable merge decisions, and one summary per round.

/** How an outlier joined its tag topic: its own tags, or its embedding's nearness to the topic's tagged members. */
export type InstagAssignment = "tag" | "nearest-tag-topic";

export interface InstagMember {
  /** Position of the document in the scope's document list. */
  document: number;
  /** 1 for a tag assignment; the cosine similarity to the topic's centroid for a nearest-tag-topic one. */
  probability: number;
  assignment: InstagAssignment;
  round: number;
}

export interface TagTopic {
  /** The topic's name: the most frequent tag of the group that formed it. */
  tag: string;
  /** Every normalized tag merged into it (audit). */
  tags: string[];
  /** Embedding of the name's tag: later rounds' tags are compared with it. */
  vector: Float32Array;
  /** Round that formed it (1-based). */
  round: number;
  members: InstagMember[];
}

/** One LLM merge check of a candidate group of similar tags (kept for the audit, accepted or not). */
export interface MergeDecision {
  round: number;
  /** The group's tags, its head first (an existing topic's name when it extends one). */
  tags: string[];
  /** Why the tags were candidates: similar tag strings, or unusually close documents carrying them. */
  basis: "tag embeddings" | "document embeddings";
  /** The lowest tag-string cosine similarity of a member tag to the head. */
  similarity: number;
  merged: boolean;
  reason: string;
}

export interface RoundSummary {
  round: number;
  /** Outliers sent to the model this round. */
  taggedDocuments: number;
  /** Documents that came back with at least one valid tag. */
  documentsWithTags: number;
  droppedTags: number;
  failedBatches: number;
  newTopics: number;
  assignedByTag: number;
  assignedByNearest: number;
  outliersAfter: number;
}

export type StopReason =
  | "target outlier share reached"
  | "a round assigned nothing"
  | "round budget spent"
  | "document budget spent"
  | "no untagged outliers left";

export interface InstagResult {
  topics: TagTopic[];
  rounds: RoundSummary[];
  merges: MergeDecision[];
  stoppedBecause: StopReason;
  failedBatches: number;
  lastFailure?: string;
  droppedTags: number;
  /** Wall-clock seconds InsTag took (tagging, merging, assignment). */
  seconds: number;
}
