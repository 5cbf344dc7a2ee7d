// One canonical claim per value-claim cluster (issue 14 item 2): the cluster's most central member — the statement
// with the highest mean cosine to the other members — so every member's stance is judged against one text. Chosen
// over an LLM rewrite of the claim: with a small local model a rewrite is often not neutral or not the same claim,
// while a member is a real, grounded sentence; the choice and its reason are recorded on the ValueClaim.
import { createHash } from "node:crypto";
import { normalise } from "./vectors.js";

export interface CanonicalClaim {
  /** `<runId>:claim:<hash of the cluster root>` */
  id: string;
  /** Member statement ids, sorted; the canonical statement is one of them. */
  members: string[];
  statementId: string;
  method: "central-member";
  /** Mean cosine of the canonical member to the others. */
  centrality: number;
  why: string;
}

export const claimId = (runId: string, root: string): string =>
  `${runId}:claim:${createHash("sha256").update(root).digest("hex").slice(0, 20)}`;

function dot(left: Float32Array, right: Float32Array): number {
  let total = 0;
  for (let index = 0; index < left.length; index += 1) total += left[index]! * right[index]!;
  return total;
}

/** Canonical claims of every cluster with two or more members (`groups`: statement id → cluster root). */
export function canonicalClaims(
  runId: string,
  groups: ReadonlyMap<string, string>,
  vectors: ReadonlyMap<string, Float32Array>,
  embedderId: string,
): CanonicalClaim[] {
  const clusters = new Map<string, string[]>();
  for (const [statement, root] of groups) clusters.set(root, [...(clusters.get(root) ?? []), statement]);
  const claims: CanonicalClaim[] = [];
  for (const [root, members] of [...clusters].sort(([left], [right]) => (left < right ? -1 : 1))) {
    if (members.length < 2) continue;
    members.sort();
    const unit = members.map((member) => normalise(vectors.get(member)!));
    let best = 0;
    let bestMean = -Infinity;
    unit.forEach((vector, index) => {
      let total = 0;
      unit.forEach((other, otherIndex) => (total += otherIndex === index ? 0 : dot(vector, other)));
      const mean = total / (members.length - 1);
      if (mean > bestMean + 1e-9) [best, bestMean] = [index, mean];
    });
    claims.push({
      id: claimId(runId, root),
      members,
      statementId: members[best]!,
      method: "central-member",
      centrality: bestMean,
      why: `most central of ${members.length} members (mean cosine ${bestMean.toFixed(3)} with ${embedderId}); a member, not an LLM rewrite: a real sentence stays the same claim, a small model's rewrite may not`,
    });
  }
  return claims;
}
