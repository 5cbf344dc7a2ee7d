// Stage `statements.extract`: statement extraction (NaVAB §3.2). For each article, the LLM lists value statements
// with a value claim and stance; each is located in the article text (exact offsets, or best sentence with
// spanExact = false) and written as a Statement linked to its Article, together with a per-article marker that
// makes the stage resumable (resume rule "skip-done": articles done by this prompt version and model are skipped).
import { z } from "zod";
import { integer } from "../database/values.js";
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
} from "../kernel/index.js";
import { loadPrompt, promptVersionOf } from "../llm/prompt-file.js";
import { structuredCompletion } from "../llm/structured-completion.js";
import { extractionAnswerFor } from "./answer-schemas.js";
import { languageName } from "./languages.js";
import { locateSpan } from "./span.js";
import { stableId } from "./stable-id.js";
import type { StageResult } from "./types.js";

const extractionSettings = z.object({
  ...llmStepSettings,
  /** At most this many statements per article. */
  maxStatements: z.number().int().positive(),
  execution: executionSettings,
});
export type ExtractionSettings = z.infer<typeof extractionSettings>;

interface ArticleRow {
  id: string;
  text: string;
  language: string;
  title: string | null;
}

const prompt = (settings: ExtractionSettings) => loadPrompt("statements", "statement-extraction", settings.prompt);

export const extractionStage: StageDefinition<{ articleIds: string[] }, ExtractionSettings, StageResult> = {
  name: "statements.extract",
  settings: settingsFile("statements", "extract", 1, extractionSettings),
  resume: "skip-done",
  versions: (_input, settings, dependencies) => ({
    prompt: promptVersionOf(prompt(settings)),
    model: dependencies.models.chat?.id ?? "none",
  }),
  describeInput: (input) => ({ articles: input.articleIds.length }),
  seed: (settings) => settings.seed,
  async run(context) {
    const { input, settings, runId, counts } = context;
    const { executor, models } = context.dependencies;
    const chat = requireModel("statements.extract", models, "chat");
    const extractionPrompt = prompt(settings);
    const promptVersion = promptVersionOf(extractionPrompt);
    const modelId = chat.id;
    const articles = await executor.read<ArticleRow>("statements/articles-for-extraction", {
      articleIds: input.articleIds,
      promptVersion,
      modelId,
      force: context.options.force ?? false,
      retryFailed: context.options.retryFailed ?? false,
    });
    counts.skipped = input.articleIds.length - articles.length;
    const schema = extractionAnswerFor(settings.maxStatements);
    const call = llmCallOptions(context, settings);
    await forEachItem(context, "extract statements", articles, settings.execution.concurrency, async (article) => {
      const variables = {
        language: languageName(article.language),
        maxStatements: String(settings.maxStatements),
        article: article.text,
      };
      const answer = await structuredCompletion(chat, extractionPrompt, variables, schema, call);
      const extractionId = stableId(article.id, promptVersion, modelId);
      const base = { id: extractionId, promptVersion, modelId, runId };
      if (!answer.ok) {
        await executor.write("statements/write-extraction", {
          articleId: article.id,
          runId,
          extraction: { ...base, status: "failed", raw: answer.raw, error: answer.error, statementCount: integer(0) },
          statements: [],
        });
        count(counts, "failedArticles");
        return;
      }
      // Small models repeat themselves: one Statement per distinct text.
      const distinct = [
        ...new Map(answer.value.statements.map((statement) => [statement.text.trim(), statement])).values(),
      ];
      const statements = distinct.map((statement, index) => {
        const span = locateSpan(article.text, statement.text);
        return {
          id: stableId(article.id, promptVersion, modelId, index),
          runId,
          text: statement.text.trim(),
          valueClaim: statement.valueClaim.trim(),
          stance: statement.stance,
          language: article.language,
          spanStart: integer(span.start),
          spanEnd: integer(span.end),
          spanExact: span.exact,
          spanSimilarity: span.similarity,
          status: "valid",
          promptVersion,
          modelId,
        };
      });
      await executor.write("statements/write-extraction", {
        articleId: article.id,
        runId,
        extraction: { ...base, status: "done", raw: null, error: null, statementCount: integer(statements.length) },
        statements,
      });
      count(counts, "articles");
      count(counts, "statements", statements.length);
      count(counts, "exactSpans", statements.filter((statement) => statement.spanExact).length);
    });
    return { runId, counts };
  },
};

export const extractStatements = stageFunction(extractionStage);
