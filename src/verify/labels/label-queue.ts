// What a rater labels next (resumable: the queue is derived from the stored labels, nothing else): the set's items
// assigned to the rater (all items when the set has no raters or the rater is not one of them), in position order,
// without the rater's own earlier label.
import type { HumanLabel } from "../report/verification-report.js";
import type { StoredSet } from "../read-sets.js";

export function labelQueue(set: StoredSet, labels: readonly HumanLabel[], rater: string): StoredSet["items"] {
  const done = new Set(
    labels.filter((label) => label.setId === set.setId && label.by === rater).map((label) => label.statementId),
  );
  const assigned = set.items.some((item) => item.raters.includes(rater));
  return set.items.filter((item) => (!assigned || item.raters.includes(rater)) && !done.has(item.statementId));
}
