// Comparable stances (issue 14 item 2): every member's stance toward its cluster's canonical claim, judged by the
// agreement judge (agree → support, disagree → oppose, different claim or no valid answer → neutral); each judged
// member is also paired with the canonical member (that judgment is the pair's), so every member with a stance has a
// statement link to its claim; then the sign of each pair: derived from the two stances toward the same canonical
// claim ("stances"), or judged directly for the pair ("pairwise"). Pairs with a neutral side get no statement link.
import type { CanonicalClaim } from "../graph/canonical-claims.js";
import type { SameValuePair } from "../graph/same-value.js";
import type { ClaimStance } from "../types.js";
import type { AgreementJudge, AgreementVerdict, JudgedStatement } from "./judges.js";

export interface MemberStance {
  statementId: string;
  claimId: string;
  stance: ClaimStance;
  verdict: AgreementVerdict | "failed" | "canonical";
  reason: string;
}

export type SignMethod = "stances" | "pairwise";

export interface SignedPair extends SameValuePair {
  claimId: string;
  sign: 1 | -1;
  signedBy: SignMethod;
}

/** Runs `work` over the items (the stage passes its bounded-concurrency, progress and abort helper). */
export type ForEach = <Item>(
  step: string,
  items: readonly Item[],
  work: (item: Item) => Promise<void>,
) => Promise<void>;

const stanceOf = (verdict: AgreementVerdict): ClaimStance =>
  verdict === "agree" ? "support" : verdict === "disagree" ? "oppose" : "neutral";

export async function judgeStances(
  claims: readonly CanonicalClaim[],
  statements: ReadonlyMap<string, JudgedStatement>,
  judge: AgreementJudge,
  forEach: ForEach,
): Promise<Map<string, MemberStance>> {
  const stances = new Map<string, MemberStance>();
  const work: { claim: CanonicalClaim; member: string }[] = [];
  for (const claim of claims) {
    stances.set(claim.statementId, {
      statementId: claim.statementId,
      claimId: claim.id,
      stance: "support",
      verdict: "canonical",
      reason: "the canonical claim itself",
    });
    for (const member of claim.members) if (member !== claim.statementId) work.push({ claim, member });
  }
  await forEach("conflict graph: stances toward canonical claims", work, async ({ claim, member }) => {
    const judgment = await judge.agreement(statements.get(member)!, statements.get(claim.statementId)!);
    stances.set(member, {
      statementId: member,
      claimId: claim.id,
      stance: judgment.ok ? stanceOf(judgment.verdict) : "neutral",
      verdict: judgment.ok ? judgment.verdict : "failed",
      reason: judgment.ok ? judgment.reason : judgment.error,
    });
  });
  return stances;
}

/** Each member with a stance paired with its claim's canonical member (the pair its stance judgment compared). */
export function canonicalPairs(
  claims: readonly CanonicalClaim[],
  stances: ReadonlyMap<string, MemberStance>,
  similarity: (left: string, right: string) => number,
  judge: { modelId: string; promptVersion: string },
): SameValuePair[] {
  return claims.flatMap((claim) =>
    claim.members
      .filter((member) => member !== claim.statementId && stances.get(member)?.stance !== "neutral")
      .map((member) => ({
        left: member,
        right: claim.statementId,
        similarity: similarity(member, claim.statementId),
        verifiedBy: "canonical" as const,
        reason: `stance toward the canonical claim: ${stances.get(member)?.verdict ?? "?"}`,
        modelId: judge.modelId,
        promptVersion: judge.promptVersion,
      })),
  );
}

/** The matched pairs whose two sides hold a stance on the same claim, with their sign. */
export async function signPairs(
  pairs: readonly SameValuePair[],
  stances: ReadonlyMap<string, MemberStance>,
  statements: ReadonlyMap<string, JudgedStatement>,
  options: { method: SignMethod; judge: AgreementJudge; forEach: ForEach },
): Promise<{ signed: SignedPair[]; neutral: number; unrelated: number }> {
  let neutral = 0;
  const comparable: (SameValuePair & { claimId: string })[] = [];
  for (const pair of pairs) {
    const [left, right] = [stances.get(pair.left), stances.get(pair.right)];
    if (!left || !right || left.claimId !== right.claimId || left.stance === "neutral" || right.stance === "neutral")
      neutral += 1;
    else comparable.push({ ...pair, claimId: left.claimId });
  }
  const fromStances = (pair: SameValuePair & { claimId: string }): SignedPair => {
    const agree = stances.get(pair.left)!.stance === stances.get(pair.right)!.stance;
    return { ...pair, sign: agree ? 1 : -1, signedBy: "stances" };
  };
  // A pair with the canonical member was judged as the member's stance already: its sign is that judgment.
  const judgedAlready = (pair: SameValuePair) => pair.verifiedBy === "canonical" || options.method === "stances";
  const signed = comparable.filter(judgedAlready).map(fromStances);
  let unrelated = 0;
  const toJudge = comparable.filter((pair) => !judgedAlready(pair));
  await options.forEach("conflict graph: pairwise agreement", toJudge, async (pair) => {
    const judgment = await options.judge.agreement(statements.get(pair.left)!, statements.get(pair.right)!);
    if (!judgment.ok || judgment.verdict === "different-claim") unrelated += 1;
    else signed.push({ ...pair, sign: judgment.verdict === "agree" ? 1 : -1, signedBy: "pairwise" });
  });
  signed.sort((left, right) => (left.left + left.right < right.left + right.right ? -1 : 1));
  return { signed, neutral, unrelated };
}
