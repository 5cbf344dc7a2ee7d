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
  verifiedBy: "embedding" | "judge";
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

export async function matchSameValue(
  statements: readonly StatementInput[],
  models: { embedding: EmbeddingModel; judge?: SameValueJudge },
  options: SameValueOptions,
): Promise<SameValueMatches> {
  const vectors = await embedByLanguage(
    models.embedding,
    statements.map((statement) => statement.text),
    statements.map((statement) => statement.language),
  );
  const candidates = nearestPairs(
    vectors,
    statements.map((statement) => statement.nation),
    options.neighbours,
    // A pair above the accept threshold is always a candidate, however the two thresholds are set.
    Math.min(options.candidateThreshold, options.acceptThreshold),
    (left, right) => statements[left]!.articleId !== statements[right]!.articleId,
  );
  const pairs: SameValuePair[] = [];
  const uncertain = candidates
    .filter((pair) => pair.similarity < options.acceptThreshold)
    .sort((a, b) => b.similarity - a.similarity);
  const checked = new Set(models.judge ? uncertain.slice(0, options.maxLlmChecks) : []);
  for (const candidate of candidates) {
    const left = statements[candidate.left]!;
    const right = statements[candidate.right]!;
    const base = { left: left.id, right: right.id, similarity: candidate.similarity };
    if (candidate.similarity >= options.acceptThreshold) {
      pairs.push({
        ...base,
        verifiedBy: "embedding",
        reason: `cosine ${candidate.similarity.toFixed(3)}`,
        modelId: models.embedding.id,
        promptVersion: null,
      });
    } else if (checked.has(candidate) && models.judge) {
      const verdict = await models.judge.sameValue(left, right);
      if (verdict.same)
        pairs.push({
          ...base,
          verifiedBy: "judge",
          reason: verdict.reason,
          modelId: models.judge.modelId,
          promptVersion: models.judge.promptVersion,
        });
    }
  }
  return { pairs, checks: checked.size, dropped: uncertain.length - checked.size, vectors };
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
