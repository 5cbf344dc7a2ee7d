// Stage `statements.screen`: value screening of topics (NaVAB §3.1 step 2): in-context examples decide whether a
// topic is value-related; the decision (or a failure with the raw answer) is recorded on the Topic. A human then
// accepts or rejects topics (review.ts); later stages use human decisions, or the LLM's with --trust-screening.
// Resume rule "skip-done": topics screened by this prompt version and model are skipped.
import { z } from "zod";
import {
  count,
  executionSettings,
  forEachItem,
  llmCallOptions,
  llmStepSettings,
  requireModel,
  settingsFile,
  stageFunction,
  type StageDefinition,
  promptAndChatVersions,
} from "../kernel/index.js";
import { loadPrompt, promptVersionOf } from "../llm/prompt-file.js";
import { structuredCompletion } from "../llm/structured-completion.js";
import { screeningAnswer } from "./answer-schemas.js";
import { languageName } from "./languages.js";
import type { StageResult } from "./types.js";

const screeningSettings = z.object({
  ...llmStepSettings,
  /** At most this many topics per run. */
  maximumTopics: z.number().int().positive(),
  execution: executionSettings,
});
export type ScreeningSettings = z.infer<typeof screeningSettings>;

interface TopicRow {
  id: string;
  label: string;
  keywords: string[];
  snippets: string[];
  language: string | null;
}

const prompt = (settings: ScreeningSettings) => loadPrompt("statements", "screening", settings.prompt);

export const screeningStage: StageDefinition<{ topicIds?: string[] }, ScreeningSettings, StageResult> = {
  name: "statements.screen",
  settings: settingsFile("statements", "screen", 1, screeningSettings),
  resume: "skip-done",
  versions: promptAndChatVersions(prompt),
  describeInput: (input) => ({ topics: input.topicIds?.length ?? "all" }),
  seed: (settings) => settings.seed,
  async run(context) {
    const { settings, runId, counts } = context;
    const { executor, models } = context.dependencies;
    const chat = requireModel("statements.screen", models, "chat");
    const screeningPrompt = prompt(settings);
    const promptVersion = promptVersionOf(screeningPrompt);
    const topics = await executor.read<TopicRow>("statements/topics-to-screen", {
      topicIds: context.input.topicIds ?? null,
      promptVersion,
      modelId: chat.id,
      force: context.options.force ?? false,
      limit: settings.maximumTopics,
    });
    const call = llmCallOptions(context, settings);
    await forEachItem(context, "screen topics", topics, settings.execution.concurrency, async (topic) => {
      const variables = {
        language: languageName(topic.language),
        topic: `${topic.label}; ${topic.keywords.join(", ")}`,
        snippets: topic.snippets.join("\n"),
      };
      const answer = await structuredCompletion(chat, screeningPrompt, variables, screeningAnswer, call);
      const row = answer.ok
        ? {
            topicId: topic.id,
            valueRelated: answer.value.valueRelated,
            reason: answer.value.reason,
            status: "valid",
            raw: null,
            error: null,
          }
        : {
            topicId: topic.id,
            valueRelated: null,
            reason: null,
            status: "failed",
            raw: answer.raw,
            error: answer.error,
          };
      await executor.writeBatches("statements/write-screening", [row], {
        parameters: { promptVersion, modelId: chat.id, runId },
      });
      count(counts, !answer.ok ? "failed" : answer.value.valueRelated ? "valueRelated" : "notValueRelated");
    });
    return { runId, counts };
  },
};

export const screenTopics = stageFunction(screeningStage);
