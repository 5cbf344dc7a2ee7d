// Statement matching (NaVAB §3.4 Step II): candidate pairs by embedding similarity of the statements' texts (k-NN
// within a nation, across articles); pairs above `acceptThreshold` are accepted on similarity, the most similar
// uncertain ones are checked by the same-value judge (bounded by `maxLlmChecks` to keep cost down), the rest are
// dropped. Value-claim clusters = connected components of the accepted pairs. Whether two statements agree is not
// decided here (embeddings cannot tell a statement from its negation): see stance/.
import type { EmbeddingModel } from "../../models/embedding/embedding-model.js";
import type { GraphBuildOptions } from "../settings.js";
import type { SameValueJudge } from "../stance/judges.js";
import type { StatementInput } from "./inputs.js";
import { embedByLanguage, nearestPairs } from "./vectors.js";

/** The `sameValue` part of the conflicts.graph settings, with the thresholds resolved for the embedder in use. */
export type SameValueOptions = Omit<GraphBuildOptions["sameValue"], "candidateThreshold" | "acceptThreshold"> & {
  candidateThreshold: number;
  acceptThreshold: number;
};

export interface SameValuePair {
  left: string;
  right: string;
  similarity: number;
  verifiedBy: "identical" | "embedding" | "judge" | "canonical";
  reason: string;
  modelId: string;
  promptVersion: string | null;
}

export interface SameValueMatches {
  pairs: SameValuePair[];
  /** Uncertain pairs the judge checked, and those left unchecked (over the budget or no judge). */
  checks: number;
  dropped: number;
  /** The statements' vectors in input order (reused to pick each claim's central member). */
  vectors: Float32Array[];
}

const textKey = (statement: StatementInput): string =>
  `${statement.nation}\u0000${statement.text.replace(/\s+/g, " ").trim()}`;

/** Statements with the same text in one nation (a reprinted quote), in input order; the first stands for the rest. */
function identicalTexts(statements: readonly StatementInput[]): number[][] {
  const groups = new Map<string, number[]>();
  statements.forEach((statement, index) => {
    const key = textKey(statement);
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  return [...groups.values()];
}

export async function matchSameValue(
  statements: readonly StatementInput[],
  models: { embedding: EmbeddingModel; judge?: SameValueJudge },
  options: SameValueOptions,
): Promise<SameValueMatches> {
  // A text restated by several articles is embedded, searched and judged once (else its copies fill its own k nearest
  // neighbours); its copies are chained (identical text, one claim) and each inherits the text's matches.
  const groups = identicalTexts(statements);
  const unique = groups.map((group) => statements[group[0]!]!);
  const uniqueVectors = await embedByLanguage(
    models.embedding,
    unique.map((statement) => statement.text),
    unique.map((statement) => statement.language),
  );
  const vectors = new Array<Float32Array>(statements.length);
  groups.forEach((group, index) => group.forEach((member) => (vectors[member] = uniqueVectors[index]!)));
  const candidates = nearestPairs(
    uniqueVectors,
    unique.map((statement) => statement.nation),
    options.neighbours,
    // A pair above the accept threshold is always a candidate, however the two thresholds are set.
    Math.min(options.candidateThreshold, options.acceptThreshold),
    (left, right) => unique[left]!.articleId !== unique[right]!.articleId,
  );
  const pairs: SameValuePair[] = [];
  const seen = new Set<string>();
  const add = (left: StatementInput, right: StatementInput, match: Omit<SameValuePair, "left" | "right">): void => {
    const key = left.id < right.id ? `${left.id}\u0000${right.id}` : `${right.id}\u0000${left.id}`;
    if (left.articleId === right.articleId || seen.has(key)) return;
    seen.add(key);
    pairs.push({ left: left.id, right: right.id, ...match });
  };
  const identical = { similarity: 1, verifiedBy: "identical", reason: "identical text", modelId: "text" } as const;
  for (const group of groups)
    for (let index = 1; index < group.length; index += 1)
      add(statements[group[index - 1]!]!, statements[group[index]!]!, { ...identical, promptVersion: null });
  const uncertain = candidates
    .filter((pair) => pair.similarity < options.acceptThreshold)
    .sort((a, b) => b.similarity - a.similarity);
  const checked = new Set(models.judge ? uncertain.slice(0, options.maxLlmChecks) : []);
  for (const candidate of candidates) {
    const [left, right] = [unique[candidate.left]!, unique[candidate.right]!];
    let match: Omit<SameValuePair, "left" | "right"> | undefined;
    if (candidate.similarity >= options.acceptThreshold) {
      const reason = `cosine ${candidate.similarity.toFixed(3)}`;
      match = {
        similarity: candidate.similarity,
        verifiedBy: "embedding",
        reason,
        modelId: models.embedding.id,
        promptVersion: null,
      };
    } else if (checked.has(candidate) && models.judge) {
      const verdict = await models.judge.sameValue(left, right);
      if (verdict.same)
        match = {
          similarity: candidate.similarity,
          verifiedBy: "judge",
          reason: verdict.reason,
          modelId: models.judge.modelId,
          promptVersion: models.judge.promptVersion,
        };
    }
    if (match === undefined) continue;
    // Every copy of one text is matched with the other text (its first statement), and the other way round.
    for (const member of groups[candidate.left]!) add(statements[member]!, right, match);
    for (const member of groups[candidate.right]!) add(left, statements[member]!, match);
  }
  return { pairs, checks: checked.size, dropped: uncertain.length - checked.size, vectors };
}

/** The pairs with each unordered statement pair once (the first occurrence kept). */
export function withoutDuplicates(pairs: readonly SameValuePair[]): SameValuePair[] {
  const seen = new Set<string>();
  return pairs.filter((pair) => {
    const key = pair.left < pair.right ? `${pair.left}\u0000${pair.right}` : `${pair.right}\u0000${pair.left}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Value-claim groups: connected components of the accepted pairs, named by their smallest statement id. */
export function claimGroups(statementIds: readonly string[], pairs: readonly SameValuePair[]): Map<string, string> {
  const parent = new Map(statementIds.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const pair of pairs) {
    const [left, right] = [find(pair.left), find(pair.right)];
    if (left !== right) parent.set(left < right ? right : left, left < right ? left : right);
  }
  return new Map(statementIds.map((id) => [id, find(id)]));
}
