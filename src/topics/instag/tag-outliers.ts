// InsTag open tagging (Lu et al. 2023, "#InsTag") of HDBSCAN outliers, as NaVAB does (Table 8 prompt): outlier
// documents go to the LLM in numbered batches; each gets up to N {tag, explanation} pairs, validated with zod.
// Calls go through the shared structured-completion path (JSON schema from the zod one, bounded retries, cache,
// token log). A batch whose answers stay invalid leaves its documents untagged (counted with the last error).
import { z } from "zod";
import type { PromptFile } from "../../llm/prompt-file.js";
import { structuredCompletion, type StructuredOptions } from "../../llm/structured-completion.js";
import type { ChatModel } from "../../models/chat/chat-model.js";
import type { ProgressReporter } from "../../shared/progress.js";

export interface DocumentTags {
  /** Position of the document in the input list. */
  document: number;
  tags: string[];
}

export interface TaggingResult {
  tagged: DocumentTags[];
  failedBatches: number;
  /** Why the last failed batch failed (invalid answer or chat error). */
  lastFailure?: string;
}

const answerSchema = z.object({
  documents: z.array(
    z.object({
      index: z.number().int(),
      tags: z.array(z.object({ tag: z.string(), explanation: z.string() })),
    }),
  ),
});

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
  const maximumTags = prompt.parameters.maximumTags ?? 3;
  const documentCharacters = prompt.parameters.documentCharacters ?? 600;
  const tagged: DocumentTags[] = [];
  let failedBatches = 0;
  let lastFailure: string | undefined;
  progress.start("instag", documents.length);
  for (let start = 0; start < documents.length; start += batchSize) {
    const batch = documents.slice(start, start + batchSize);
    const numbered = batch
      .map((text, offset) => `${offset + 1}. ${text.replace(/\s+/g, " ").slice(0, documentCharacters)}`)
      .join("\n\n");
    const variables = { documents: numbered, maximumTags: String(maximumTags) };
    try {
      const answer = await structuredCompletion(chat, prompt, variables, answerSchema, {
        ...llm,
        seed,
        language,
        maxTokens: prompt.maxTokens * batch.length,
      });
      if (answer.ok) {
        for (const entry of answer.value.documents) {
          if (entry.index < 1 || entry.index > batch.length) continue;
          const tags = entry.tags
            .map((item) => item.tag)
            .filter((tag) => tag.trim().length > 0)
            .slice(0, maximumTags);
          if (tags.length > 0) tagged.push({ document: start + entry.index - 1, tags });
        }
      } else {
        failedBatches += 1;
        lastFailure = `invalid answer: ${answer.error}`;
      }
    } catch (error) {
      failedBatches += 1;
      lastFailure = `chat failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    progress.update(Math.min(start + batchSize, documents.length));
  }
  progress.stop();
  return { tagged, failedBatches, ...(lastFailure === undefined ? {} : { lastFailure }) };
}
