// Stage `statements.sources`: source judgment (NaVAB §3.2): is each supported statement quoted from a named speaker
// or the outlet's official voice? Quoted statements are linked to Speaker/Organization nodes (reusing ingest's
// spokespeople), which the social edges of conflict reduction use. A failed judgment is recorded as source
// "unknown" (issue 13 item 4): counted, and in neither the quoted nor the official set — never "official" by default.
// Resume rule "skip-done": statements judged by this prompt version and model are skipped.
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
import { sourceAnswer } from "./answer-schemas.js";
import { languageName } from "./languages.js";
import { attribute } from "./speakers.js";
import type { StageResult } from "./types.js";

const sourceSettings = z.object({ ...llmStepSettings, execution: executionSettings });
export type SourceJudgmentSettings = z.infer<typeof sourceSettings>;

interface StatementRow {
  id: string;
  text: string;
  language: string | null;
  articleText: string;
  knownSpeakerId: string | null;
  knownSpeakerName: string | null;
  knownOrganizationId: string | null;
}

const prompt = (settings: SourceJudgmentSettings) => loadPrompt("statements", "source-judgment", settings.prompt);

export const sourceJudgmentStage: StageDefinition<{ articleIds: string[] }, SourceJudgmentSettings, StageResult> = {
  name: "statements.sources",
  settings: settingsFile("statements", "sources", 1, sourceSettings),
  resume: "skip-done",
  versions: promptAndChatVersions(prompt),
  describeInput: (input) => ({ articles: input.articleIds.length }),
  seed: (settings) => settings.seed,
  async run(context) {
    const { settings, runId, counts } = context;
    const { executor, models } = context.dependencies;
    const chat = requireModel("statements.sources", models, "chat");
    const sourcePrompt = prompt(settings);
    const promptVersion = promptVersionOf(sourcePrompt);
    const modelId = chat.id;
    const statements = await executor.read<StatementRow>("statements/statements-for-judgment", {
      articleIds: context.input.articleIds,
      promptVersion,
      modelId,
      force: context.options.force ?? false,
    });
    const call = llmCallOptions(context, settings);
    await forEachItem(context, "judge sources", statements, settings.execution.concurrency, async (statement) => {
      const variables = {
        language: languageName(statement.language),
        knownSpeaker: statement.knownSpeakerName ?? "",
        article: statement.articleText,
        statement: statement.text,
      };
      const answer = await structuredCompletion(chat, sourcePrompt, variables, sourceAnswer, call);
      const common = { statementId: statement.id, promptVersion, modelId, runId };
      if (!answer.ok) {
        await executor.write("statements/write-source", {
          ...common,
          source: "unknown",
          status: "failed",
          by: "llm",
          raw: answer.raw,
          error: answer.error,
          speakerId: null,
          speakerName: null,
          organizationId: null,
          organizationName: null,
        });
        count(counts, "unknown");
        return;
      }
      const known = {
        id: statement.knownSpeakerId,
        name: statement.knownSpeakerName,
        organizationId: statement.knownOrganizationId,
      };
      const attribution = attribute(answer.value, known, statement.articleText);
      await executor.write("statements/write-source", {
        ...common,
        status: "valid",
        raw: null,
        error: null,
        ...attribution,
      });
      count(counts, attribution.source);
    });
    return { runId, counts };
  },
};

export const judgeSources = stageFunction(sourceJudgmentStage);
