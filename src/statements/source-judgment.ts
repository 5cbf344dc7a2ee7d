// Stage: source judgment (NaVAB §3.2): is each statement quoted from a named speaker or the outlet's official
// voice? Quoted statements are linked to Speaker/Organization nodes (reusing ingest's spokespeople), which the
// social edges of conflict reduction use.
import { loadPrompt } from "../llm/prompt-file.js";
import { structuredCompletion } from "../llm/structured-completion.js";
import { sourceAnswer } from "./answer-schemas.js";
import { languageName } from "./languages.js";
import { attribute } from "./speakers.js";
import { bump, llmOptions, newRunId, withRun, forEachWithProgress } from "./stage-run.js";
import type { StageCommonOptions, StageDependencies, StageResult } from "./types.js";

const DEFAULTS = { concurrency: 2, promptVersion: "v1", force: false };

interface StatementRow {
  id: string;
  text: string;
  language: string | null;
  articleText: string;
  knownSpeakerId: string | null;
  knownSpeakerName: string | null;
  knownOrganizationId: string | null;
}

export async function judgeSources(
  input: { articleIds: string[] },
  options: StageCommonOptions,
  dependencies: StageDependencies,
): Promise<StageResult> {
  const settings = { ...DEFAULTS, ...options };
  const prompt = loadPrompt("statements", "source-judgment", settings.promptVersion);
  const modelId = dependencies.chat.id;
  const promptVersion = `${prompt.id}.${prompt.version}`;
  const runId = options.runId ?? newRunId("statements-sources");
  const versions = { prompt: promptVersion, model: modelId };
  return withRun(
    dependencies,
    { id: runId, stage: "statements.sources", config: { articles: input.articleIds.length }, versions },
    async (counts) => {
      const statements = await dependencies.executor.read<StatementRow>("statements/statements-for-judgment", {
        articleIds: input.articleIds,
        promptVersion,
        modelId,
        force: settings.force,
      });
      await forEachWithProgress(dependencies, "judge sources", statements, settings.concurrency, async (statement) => {
        const variables = {
          language: languageName(statement.language),
          knownSpeaker: statement.knownSpeakerName ?? "",
          article: statement.articleText,
          statement: statement.text,
        };
        const answer = await structuredCompletion(
          dependencies.chat,
          prompt,
          variables,
          sourceAnswer,
          llmOptions(dependencies, options),
        );
        const common = { statementId: statement.id, promptVersion, modelId, runId };
        if (!answer.ok) {
          await dependencies.executor.write("statements/write-source", {
            ...common,
            source: null,
            status: "failed",
            by: "llm",
            raw: answer.raw,
            error: answer.error,
            speakerId: null,
            speakerName: null,
            organizationId: null,
            organizationName: null,
          });
          bump(counts, "failed");
        } else {
          const known = {
            id: statement.knownSpeakerId,
            name: statement.knownSpeakerName,
            organizationId: statement.knownOrganizationId,
          };
          const attribution = attribute(answer.value, known, statement.articleText);
          await dependencies.executor.write("statements/write-source", {
            ...common,
            status: "valid",
            raw: null,
            error: null,
            ...attribution,
          });
          bump(counts, attribution.source);
        }
      });
    },
  );
}
