// Turns matched pairs into LINK rows (source < target by article id, deterministic ids under the run's prefix).
import { createHash } from "node:crypto";
import { linkPrefix } from "../reduction/link-store.js";
import type { ConflictLink, LinkKind } from "../types.js";
import type { StatementInput } from "./inputs.js";
import type { SameValuePair } from "./same-value.js";
import type { SharedFeatureLink } from "./shared-features.js";

export type LinkRow = ConflictLink & { why: string };

export const linkId = (runId: string, kind: LinkKind, ...parts: string[]): string =>
  `${linkPrefix(runId)}${kind}/${createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 20)}`;

export function statementLinks(
  runId: string,
  pairs: readonly SameValuePair[],
  statements: ReadonlyMap<string, StatementInput>,
  claims: ReadonlyMap<string, string>,
): LinkRow[] {
  return pairs.map((pair) => {
    let [first, second] = [statements.get(pair.left)!, statements.get(pair.right)!];
    if (first.articleId > second.articleId) [first, second] = [second, first];
    return {
      id: linkId(runId, "statement", first.id, second.id),
      source: first.articleId,
      target: second.articleId,
      kind: "statement",
      weight: pair.similarity,
      why: `same value (${pair.verifiedBy}: ${pair.reason}): "${first.valueClaim}" ${first.stance} / "${second.valueClaim}" ${second.stance}`,
      claim: claims.get(first.id)!,
      sourceStatement: first.id,
      targetStatement: second.id,
      sourceStance: first.stance,
      targetStance: second.stance,
    };
  });
}

export function featureLinks(
  runId: string,
  kind: "geo" | "social",
  links: readonly SharedFeatureLink[],
  maximumScore: number,
): LinkRow[] {
  return links.map((link) => ({
    id: linkId(runId, kind, link.source, link.target),
    source: link.source,
    target: link.target,
    kind,
    weight: Math.min(1, link.score / maximumScore),
    why: `${kind === "geo" ? "shared places" : "shared speakers/organisations"}: ${link.shared.join(", ")} (idf score ${link.score.toFixed(2)})`,
  }));
}
