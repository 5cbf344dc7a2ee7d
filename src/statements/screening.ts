// Stage: value screening of topics (NaVAB §3.1 step 2): in-context examples decide whether a topic is
// value-related; the decision (or a failure with the raw answer) is recorded on the Topic. A human then
// accepts or rejects topics (review.ts); later stages use human decisions, or the LLM's with --trust-screening.
import { loadPrompt } from "../llm/prompt-file.js";
import { structuredCompletion } from "../llm/structured-completion.js";
import { screeningAnswer } from "./answer-schemas.js";
import { languageName } from "./languages.js";
import { bump, llmOptions, newRunId, withRun, forEachWithProgress } from "./stage-run.js";
import type { StageCommonOptions, StageDependencies, StageResult } from "./types.js";

const DEFAULTS = { concurrency: 2, promptVersion: "v1", force: false, limit: 100_000 };

interface TopicRow {
  id: string;
  label: string;
  keywords: string[];
  snippets: string[];
  language: string | null;
}

export async function screenTopics(
  input: { topicIds?: string[] },
  options: StageCommonOptions & { limit?: number },
  dependencies: StageDependencies,
): Promise<StageResult> {
  const settings = { ...DEFAULTS, ...options };
  const prompt = loadPrompt("statements", "screening", settings.promptVersion);
  const modelId = dependencies.chat.id;
  const promptVersion = `${prompt.id}.${prompt.version}`;
  const runId = options.runId ?? newRunId("statements-screen");
  return withRun(
    dependencies,
    {
      id: runId,
      stage: "statements.screen",
      config: { topics: input.topicIds?.length ?? "all" },
      versions: { prompt: promptVersion, model: modelId },
    },
    async (counts) => {
      const topics = await dependencies.executor.read<TopicRow>("statements/topics-to-screen", {
        topicIds: input.topicIds ?? null,
        promptVersion,
        modelId,
        force: settings.force,
        limit: settings.limit,
      });
      await forEachWithProgress(dependencies, "screen topics", topics, settings.concurrency, async (topic) => {
        const variables = {
          language: languageName(topic.language),
          topic: `${topic.label}; ${topic.keywords.join(", ")}`,
          snippets: topic.snippets.join("\n"),
        };
        const answer = await structuredCompletion(
          dependencies.chat,
          prompt,
          variables,
          screeningAnswer,
          llmOptions(dependencies, options),
        );
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
        await dependencies.executor.writeBatches("statements/write-screening", [row], {
          parameters: { promptVersion, modelId, runId },
        });
        bump(counts, !answer.ok ? "failed" : answer.value.valueRelated ? "valueRelated" : "notValueRelated");
      });
    },
  );
}
