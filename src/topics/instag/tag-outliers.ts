// InsTag open tagging (Lu et al. 2023, "#InsTag") of HDBSCAN outliers, as NaVAB does (Table 8 prompt): outlier
// documents go to the LLM in numbered batches; each gets up to N {tag, explanation} pairs, validated with zod.
// A batch whose answer is invalid leaves its documents untagged (counted, never fatal).
import { z } from "zod";
import type { ChatModel } from "../../models/chat/chat-model.js";
import type { ProgressReporter } from "../../shared/progress.js";
import { fillTemplate, templateFor, type PromptFile } from "../prompts.js";

export interface DocumentTags {
  /** Position of the document in the input list. */
  document: number;
  tags: string[];
}

export interface TaggingResult {
  tagged: DocumentTags[];
  failedBatches: number;
}

const TAGS_SCHEMA = {
  type: "object",
  properties: {
    documents: {
      type: "array",
      items: {
        type: "object",
        properties: {
          index: { type: "integer" },
          tags: {
            type: "array",
            items: {
              type: "object",
              properties: { tag: { type: "string" }, explanation: { type: "string" } },
              required: ["tag", "explanation"],
            },
          },
        },
        required: ["index", "tags"],
      },
    },
  },
  required: ["documents"],
};

const answerSchema = z.object({
  documents: z.array(
    z.object({
      index: z.number().int(),
      tags: z.array(z.object({ tag: z.string(), explanation: z.string().optional() })),
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
): Promise<TaggingResult> {
  const batchSize = prompt.batchSize ?? 8;
  const maximumTags = prompt.maximumTags ?? 3;
  const tagged: DocumentTags[] = [];
  let failedBatches = 0;
  progress.start("instag", documents.length);
  for (let start = 0; start < documents.length; start += batchSize) {
    const batch = documents.slice(start, start + batchSize);
    const numbered = batch
      .map((text, offset) => `${offset + 1}. ${text.replace(/\s+/g, " ").slice(0, prompt.documentCharacters)}`)
      .join("\n\n");
    const content = fillTemplate(templateFor(prompt, language), {
      DOCUMENTS: numbered,
      MAXIMUM_TAGS: String(maximumTags),
    });
    try {
      const response = await chat.complete({
        messages: [
          { role: "system", content: prompt.system },
          { role: "user", content },
        ],
        jsonSchema: TAGS_SCHEMA,
        temperature: 0,
        maxTokens: 120 * batch.length,
        seed,
      });
      const parsed = answerSchema.parse(JSON.parse(response.text));
      for (const entry of parsed.documents) {
        if (entry.index < 1 || entry.index > batch.length) continue;
        const tags = entry.tags
          .map((item) => item.tag)
          .filter((tag) => tag.trim().length > 0)
          .slice(0, maximumTags);
        if (tags.length > 0) tagged.push({ document: start + entry.index - 1, tags });
      }
    } catch {
      failedBatches += 1;
    }
    progress.update(Math.min(start + batchSize, documents.length));
  }
  progress.stop();
  return { tagged, failedBatches };
}
