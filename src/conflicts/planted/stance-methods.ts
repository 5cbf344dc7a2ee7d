// Which stance method is more accurate (issue 14 item 2), on ProbVAA's labelled pairs: a statement and each of its
// variants (paraphrase = agree, negation / opposite = disagree). "stances": both are judged against the group's
// canonical claim (its most central member, as the graph build picks it) and agree when their stances match;
// "pairwise": the agreement judge sees the pair itself. Same pairs, same judge, both accuracies.
import type { EmbeddingModel } from "../../models/embedding/embedding-model.js";
import { seededRandom } from "../../shared/seeded-random.js";
import { canonicalClaims } from "../graph/canonical-claims.js";
import { embedByLanguage } from "../graph/vectors.js";
import type { AgreementJudge, AgreementVerdict, JudgedStatement } from "../stance/judges.js";
import type { ProbvaaVariant } from "./probvaa-variants.js";

export interface MethodAccuracy {
  accuracy: number;
  correct: number;
  byVariant: Record<string, { accuracy: number; n: number }>;
}

export interface StanceMethodComparison {
  pairs: number;
  groups: number;
  judge: string;
  embedder: string;
  stances: MethodAccuracy;
  pairwise: MethodAccuracy;
}

type Outcome = { variant: string; correct: boolean };

function accuracyOf(outcomes: readonly Outcome[]): MethodAccuracy {
  const byVariant: MethodAccuracy["byVariant"] = {};
  for (const variant of [...new Set(outcomes.map((outcome) => outcome.variant))].sort()) {
    const cell = outcomes.filter((outcome) => outcome.variant === variant);
    byVariant[variant] = { accuracy: cell.filter((outcome) => outcome.correct).length / cell.length, n: cell.length };
  }
  const correct = outcomes.filter((outcome) => outcome.correct).length;
  return { accuracy: outcomes.length === 0 ? 0 : correct / outcomes.length, correct, byVariant };
}

export async function compareStanceMethods(
  variants: readonly ProbvaaVariant[],
  options: { groups: number; languages: readonly string[]; seed: number },
  dependencies: { judge: AgreementJudge; embedding: EmbeddingModel },
): Promise<StanceMethodComparison> {
  const byGroup = new Map<string, ProbvaaVariant[]>();
  for (const variant of variants) {
    if (!options.languages.includes(variant.language)) continue;
    const key = `${variant.claim}_${variant.language}`;
    byGroup.set(key, [...(byGroup.get(key) ?? []), variant]);
  }
  const random = seededRandom(options.seed);
  const keys = [...byGroup.keys()]
    .filter((key) => byGroup.get(key)!.filter((variant) => variant.kind === "original").length === 1)
    .sort()
    .map((key) => ({ key, order: random() }))
    .sort((left, right) => left.order - right.order)
    .slice(0, options.groups)
    .map(({ key }) => key);
  const stances: Outcome[] = [];
  const pairwise: Outcome[] = [];
  const expected = (variant: ProbvaaVariant): AgreementVerdict => (variant.polarity > 0 ? "agree" : "disagree");
  for (const key of keys) {
    const members = byGroup.get(key)!;
    const statements: JudgedStatement[] = members.map((member, index) => ({
      id: `${key}:${index}`,
      text: member.text,
      language: member.language,
    }));
    const vectors = await embedByLanguage(
      dependencies.embedding,
      statements.map((statement) => statement.text),
      statements.map((statement) => statement.language),
    );
    const groups = new Map(statements.map((statement) => [statement.id, key]));
    const [claim] = canonicalClaims("compare", groups, new Map(statements.map((s, i) => [s.id, vectors[i]!])), "");
    const canonical = statements.find((statement) => statement.id === claim!.statementId)!;
    const stanceOf = new Map<string, AgreementVerdict | "failed">([[canonical.id, "agree"]]);
    for (const statement of statements) {
      if (statement === canonical) continue;
      const judgment = await dependencies.judge.agreement(statement, canonical);
      stanceOf.set(statement.id, judgment.ok ? judgment.verdict : "failed");
    }
    const original = statements[members.findIndex((member) => member.kind === "original")]!;
    members.forEach((member, index) => {
      if (member.kind === "original") return;
      const [left, right] = [stanceOf.get(original.id), stanceOf.get(statements[index]!.id)];
      const comparable = (verdict: unknown) => verdict === "agree" || verdict === "disagree";
      const derived =
        comparable(left) && comparable(right) ? (left === right ? "agree" : "disagree") : "different-claim";
      stances.push({ variant: member.kind, correct: derived === expected(member) });
    });
    for (const [index, member] of members.entries()) {
      if (member.kind === "original") continue;
      const judgment = await dependencies.judge.agreement(original, statements[index]!);
      pairwise.push({ variant: member.kind, correct: judgment.ok && judgment.verdict === expected(member) });
    }
  }
  return {
    pairs: pairwise.length,
    groups: keys.length,
    judge: `${dependencies.judge.modelId} (${dependencies.judge.promptVersion})`,
    embedder: dependencies.embedding.id,
    stances: accuracyOf(stances),
    pairwise: accuracyOf(pairwise),
  };
}
