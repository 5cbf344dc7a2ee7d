// Turns signed pairs and shared features into LINK rows (source < target by article id, deterministic ids under the
// run's prefix). A statement link names its canonical claim, each side's stance toward it and its sign.
import { createHash } from "node:crypto";
import { linkPrefix } from "../reduction/link-store.js";
import type { MemberStance, SignedPair } from "../stance/claim-stances.js";
import type { ConflictLink, LinkKind, Stance } from "../types.js";
import type { StatementInput } from "./inputs.js";
import type { SharedFeatureLink } from "./shared-features.js";

export type LinkRow = ConflictLink & { why: string };

export const linkId = (runId: string, kind: LinkKind, ...parts: string[]): string =>
  `${linkPrefix(runId)}${kind}/${createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 20)}`;

const clip = (text: string): string => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

export function statementLinks(
  runId: string,
  pairs: readonly SignedPair[],
  statements: ReadonlyMap<string, StatementInput>,
  stances: ReadonlyMap<string, MemberStance>,
): LinkRow[] {
  return pairs.map((pair) => {
    let [first, second] = [statements.get(pair.left)!, statements.get(pair.right)!];
    if (first.articleId > second.articleId) [first, second] = [second, first];
    const [firstStance, secondStance] = [stances.get(first.id)!.stance, stances.get(second.id)!.stance] as Stance[];
    return {
      id: linkId(runId, "statement", first.id, second.id),
      source: first.articleId,
      target: second.articleId,
      kind: "statement",
      weight: pair.similarity,
      why: `${pair.sign > 0 ? "agree" : "disagree"} (${pair.signedBy}) on the same value (${pair.verifiedBy}: ${pair.reason}): "${clip(first.text)}" ${firstStance} / "${clip(second.text)}" ${secondStance}`,
      claim: pair.claimId,
      sourceStatement: first.id,
      targetStatement: second.id,
      sourceStance: firstStance!,
      targetStance: secondStance!,
      sign: pair.sign,
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
