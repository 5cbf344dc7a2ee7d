// InsTag open tagging (Lu et al. 2023, "#InsTag") of HDBSCAN outliers, as NaVAB does (Table 8 prompt): outlier
// documents go to the LLM in numbered batches; each gets 1..N {tag, explanation} pairs, validated with zod. The
// JSON schema (a grammar for the local model) asks for exactly one entry per document and bounds the length of tags
// and explanations (prompt parameters), so a small model can neither skip documents nor talk until its token budget
// runs out. Calls go through the shared structured-completion path (bounded retries, cache, token log). A batch
// whose answers stay invalid leaves its documents untagged (counted with the last error). Tags that are empty,
// degenerate, echo the prompt or share no content word with their document (labels/validate-label.ts) are dropped
// and counted.
import { z } from "zod";
import type { PromptFile } from "../../llm/prompt-file.js";
import { structuredCompletion, type StructuredOptions } from "../../llm/structured-completion.js";
import type { ChatModel } from "../../models/chat/chat-model.js";
import type { ProgressReporter } from "../../shared/progress.js";
import { validateTag } from "../labels/validate-label.js";
import type { DocumentTags } from "./tag-frequencies.js";

export interface TaggingResult {
  /** Tags per document position in the input list (documents without a valid tag are left out). */
  tagged: DocumentTags[];
  failedBatches: number;
  /** Tags refused by validateTag (empty, degenerate, an echo of the prompt). */
  droppedTags: number;
  /** Why the last failed batch failed (invalid answer or chat error). */
  lastFailure?: string;
}

function answerSchema(documents: number, prompt: PromptFile) {
  const tag = z.object({
    tag: z.string().max(prompt.parameters.tagCharacters ?? 40),
    explanation: z.string().max(prompt.parameters.explanationCharacters ?? 200),
  });
  const entry = z.object({
    index: z.number().int(),
    tags: z
      .array(tag)
      .min(1)
      .max(prompt.parameters.maximumTags ?? 3),
  });
  return z.object({ documents: z.array(entry).length(documents) });
}

/** The batch position of each answer: its index when the indexes are exactly 1..n, else its order. */
function positionsOf(entries: readonly { index: number }[]): number[] {
  const indexes = entries.map((entry) => entry.index - 1);
  const permutation =
    new Set(indexes).size === entries.length && indexes.every((index) => index >= 0 && index < entries.length);
  return permutation ? indexes : entries.map((_entry, position) => position);
}

export async function tagOutliers(
  documents: readonly string[],
  language: string,
  chat: ChatModel,
  prompt: PromptFile,
  seed: number,
  progress: ProgressReporter,
  llm: Pick<StructuredOptions, "cache" | "tokenLog" | "retry" | "retries"> = {},
): Promise<TaggingResult> {
  const batchSize = prompt.parameters.batchSize ?? 8;
  const documentCharacters = prompt.parameters.documentCharacters ?? 600;
  const result: TaggingResult = { tagged: [], failedBatches: 0, droppedTags: 0 };
  progress.start("instag", documents.length);
  for (let start = 0; start < documents.length; start += batchSize) {
    const batch = documents.slice(start, start + batchSize);
    const numbered = batch
      .map((text, offset) => `${offset + 1}. ${text.replace(/\s+/g, " ").slice(0, documentCharacters)}`)
      .join("\n\n");
    const variables = { documents: numbered, maximumTags: String(prompt.parameters.maximumTags ?? 3) };
    try {
      const answer = await structuredCompletion(chat, prompt, variables, answerSchema(batch.length, prompt), {
        ...llm,
        seed,
        language,
        maxTokens: prompt.maxTokens * batch.length,
      });
      if (answer.ok) {
        const positions = positionsOf(answer.value.documents);
        answer.value.documents.forEach((entry, order) => {
          const answered = entry.tags.map((item) => item.tag.trim());
          const document = { text: batch[positions[order] ?? order] ?? "", language };
          const tags = answered.filter((tag) => validateTag(tag, prompt, document).ok);
          result.droppedTags += answered.length - tags.length;
          if (tags.length > 0) result.tagged.push({ document: start + (positions[order] ?? order), tags });
        });
      } else {
        result.failedBatches += 1;
        result.lastFailure = `invalid answer: ${answer.error}`;
      }
    } catch (error) {
      result.failedBatches += 1;
      result.lastFailure = `chat failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    progress.update(Math.min(start + batchSize, documents.length));
  }
  progress.stop();
  return result;
}
