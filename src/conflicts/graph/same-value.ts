// Statement matching (NaVAB §3.4 Step II): candidate pairs by embedding similarity (k-NN within a nation, across
// articles); pairs above `acceptThreshold` are accepted on similarity, the most similar uncertain ones are checked
// by an LLM (bounded by `maxLlmChecks` to keep cost down), the rest are dropped. Claims = connected components.
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { ChatModel } from "../../models/chat/chat-model.js";
import type { EmbeddingModel } from "../../models/embedding/embedding-model.js";
import type { StatementInput } from "./inputs.js";
import { embedByLanguage, nearestPairs } from "./vectors.js";

export interface SameValueOptions {
  candidateThreshold: number;
  acceptThreshold: number;
  neighbours: number;
  maxLlmChecks: number;
}

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

interface SameValuePrompt {
  version: string;
  system: string;
  template: string;
  statementCharacters: number;
}

const prompt = JSON.parse(
  readFileSync(new URL("../prompts/same-value.v1.json", import.meta.url), "utf8"),
) as SameValuePrompt;
export const sameValuePromptVersion = `${prompt.version}`;
const answerSchema = z.object({ sameValue: z.boolean(), reason: z.string().optional() });

async function llmSaysSame(
  chat: ChatModel,
  left: StatementInput,
  right: StatementInput,
): Promise<{ same: boolean; reason: string }> {
  const cut = (text: string): string => text.slice(0, prompt.statementCharacters);
  const user = prompt.template
    .replace("[CLAIM_A]", cut(left.valueClaim))
    .replace("[STATEMENT_A]", cut(left.text))
    .replace("[CLAIM_B]", cut(right.valueClaim))
    .replace("[STATEMENT_B]", cut(right.text));
  const response = await chat.complete({
    messages: [
      { role: "system", content: prompt.system },
      { role: "user", content: user },
    ],
    jsonSchema: {
      type: "object",
      properties: { sameValue: { type: "boolean" }, reason: { type: "string" } },
      required: ["sameValue"],
    },
    temperature: 0,
    maxTokens: 200,
  });
  try {
    const answer = answerSchema.parse(JSON.parse(response.text));
    return { same: answer.sameValue, reason: answer.reason ?? "" };
  } catch {
    return { same: false, reason: `unparsable LLM answer: ${response.text.slice(0, 80)}` };
  }
}

export async function matchSameValue(
  statements: readonly StatementInput[],
  models: { embedding: EmbeddingModel; chat?: ChatModel },
  options: SameValueOptions,
): Promise<{ pairs: SameValuePair[]; llmChecks: number; dropped: number }> {
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
    options.candidateThreshold,
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
      const verdict = await llmSaysSame(models.chat, left, right);
      if (verdict.same)
        pairs.push({
          ...base,
          verifiedBy: "llm",
          reason: verdict.reason,
          modelId: models.chat.id,
          promptVersion: sameValuePromptVersion,
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
