// Statement matching (NaVAB §3.4 Step II): candidate pairs by embedding similarity (k-NN within a nation, across
// articles); pairs above `acceptThreshold` are accepted on similarity, the most similar uncertain ones are checked
// by an LLM (bounded by `maxLlmChecks` to keep cost down; prompts/conflicts/same-value, through the structured
// LLM path with cache, retries and token log), the rest are dropped. Claims = connected components.
import { z } from "zod";
import type { LlmPlumbing } from "../../llm/llm-call.js";
import { loadPrompt, promptVersionOf, type PromptFile } from "../../llm/prompt-file.js";
import { structuredCompletion } from "../../llm/structured-completion.js";
import type { ChatModel } from "../../models/chat/chat-model.js";
import type { EmbeddingModel } from "../../models/embedding/embedding-model.js";
import type { GraphBuildOptions } from "../settings.js";
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
  verifiedBy: "embedding" | "llm";
  stanceAgreement: boolean;
  reason: string;
  modelId: string;
  promptVersion: string | null;
}

export const sameValueAnswer = z.object({ sameValue: z.boolean(), reason: z.string().optional() });

/** The same-value prompt file of this version. */
export const sameValuePrompt = (version: string): PromptFile => loadPrompt("conflicts", "same-value", version);

async function llmSaysSame(
  chat: ChatModel,
  pair: { left: StatementInput; right: StatementInput },
  prompt: PromptFile,
  options: { retries: number; llm: LlmPlumbing },
): Promise<{ same: boolean; reason: string }> {
  const { left, right } = pair;
  const variables = {
    claimA: left.valueClaim,
    statementA: left.text,
    claimB: right.valueClaim,
    statementB: right.text,
  };
  const answer = await structuredCompletion(chat, prompt, variables, sameValueAnswer, {
    ...options.llm,
    retries: options.retries,
  });
  if (answer.ok) return { same: answer.value.sameValue, reason: answer.value.reason ?? "" };
  return { same: false, reason: `unparsable LLM answer: ${answer.raw.slice(0, 80)}` };
}

export async function matchSameValue(
  statements: readonly StatementInput[],
  models: { embedding: EmbeddingModel; chat?: ChatModel },
  options: SameValueOptions,
  llm: LlmPlumbing = {},
): Promise<{ pairs: SameValuePair[]; llmChecks: number; dropped: number }> {
  const prompt = sameValuePrompt(options.prompt);
  const texts = statements.map((statement) => `${statement.valueClaim}: ${statement.text}`);
  const vectors = await embedByLanguage(
    models.embedding,
    texts,
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
  const checked = new Set(models.chat ? uncertain.slice(0, options.maxLlmChecks) : []);
  for (const candidate of candidates) {
    const left = statements[candidate.left]!;
    const right = statements[candidate.right]!;
    const base = {
      left: left.id,
      right: right.id,
      similarity: candidate.similarity,
      stanceAgreement: left.stance === right.stance,
    };
    if (candidate.similarity >= options.acceptThreshold) {
      pairs.push({
        ...base,
        verifiedBy: "embedding",
        reason: `cosine ${candidate.similarity.toFixed(3)}`,
        modelId: models.embedding.id,
        promptVersion: null,
      });
    } else if (checked.has(candidate) && models.chat) {
      const verdict = await llmSaysSame(models.chat, { left, right }, prompt, { retries: options.llmRetries, llm });
      if (verdict.same)
        pairs.push({
          ...base,
          verifiedBy: "llm",
          reason: verdict.reason,
          modelId: models.chat.id,
          promptVersion: promptVersionOf(prompt),
        });
    }
  }
  return { pairs, llmChecks: checked.size, dropped: uncertain.length - checked.size };
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
