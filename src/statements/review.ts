// Human verification of screened topics (`navab review topics`): accept/reject with a reason, who and when, each
// decision a Review node; and the selection rule later stages follow (human decision first, else the LLM's
// screening only when the user trusts it).
import { randomUUID } from "node:crypto";
import type { CypherExecutor } from "../database/executor.js";
import { InputError } from "../shared/errors.js";

export interface TopicDecision {
  id: string;
  label: string;
  valueRelated: boolean | null;
  screeningReason: string | null;
  decision: "accept" | "reject" | null;
  reason: string | null;
  by: string | null;
  at: string | null;
}

export async function reviewTopic(
  executor: CypherExecutor,
  review: { topicId: string; decision: "accept" | "reject"; reason: string; by: string },
): Promise<{ id: string; at: string }> {
  if (review.reason.trim() === "") throw new InputError("a review needs a reason (--reason)");
  if (review.by.trim() === "") throw new InputError("a review needs a reviewer name (--by)");
  const rows = await executor.write<{ id: string; at: string }>("statements/write-review", {
    id: `review-${randomUUID()}`,
    ...review,
  });
  const row = rows[0];
  if (row === undefined) throw new InputError(`no topic with id ${review.topicId}`);
  return row;
}

export function listTopicDecisions(executor: CypherExecutor, topicIds?: string[]): Promise<TopicDecision[]> {
  return executor.read<TopicDecision>("statements/topic-decisions", { topicIds: topicIds ?? null });
}

/** Accepted topics: the latest human review says accept; without a review, the LLM said value-related and the user trusts it. */
export function acceptedTopics(
  decisions: TopicDecision[],
  trustScreening: boolean,
): { id: string; acceptedBy: "human" | "llm" }[] {
  const accepted: { id: string; acceptedBy: "human" | "llm" }[] = [];
  for (const topic of decisions) {
    if (topic.decision === "accept") accepted.push({ id: topic.id, acceptedBy: "human" });
    else if (topic.decision === null && trustScreening && topic.valueRelated === true)
      accepted.push({ id: topic.id, acceptedBy: "llm" });
  }
  return accepted;
}
