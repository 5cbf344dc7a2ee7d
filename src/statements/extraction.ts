// Stage: statement extraction (NaVAB §3.2). For each article, the LLM lists value statements with a value claim
// and stance; each is located in the article text (exact offsets, or best sentence with spanExact = false) and
// written as a Statement linked to its Article, together with a per-article marker that makes the stage resumable.
import { integer } from "../database/values.js";
import { loadPrompt } from "../llm/prompt-file.js";
import { structuredCompletion } from "../llm/structured-completion.js";
import { extractionAnswerFor } from "./answer-schemas.js";
import { languageName } from "./languages.js";
import { locateSpan } from "./span.js";
import { bump, llmOptions, newRunId, stableId, withRun, forEachWithProgress } from "./stage-run.js";
import type { StageCommonOptions, StageDependencies, StageResult } from "./types.js";

export interface ExtractionOptions extends StageCommonOptions {
  /** At most this many statements per article (default 5). */
  maxStatements?: number;
}

const DEFAULTS = { concurrency: 2, maxStatements: 5, promptVersion: "v1", force: false, retryFailed: false };

interface ArticleRow {
  id: string;
  text: string;
  language: string;
  title: string | null;
}

export async function extractStatements(
  input: { articleIds: string[] },
  options: ExtractionOptions,
  dependencies: StageDependencies,
): Promise<StageResult> {
  const settings = { ...DEFAULTS, ...options };
  const prompt = loadPrompt("statements", "statement-extraction", settings.promptVersion);
  const modelId = dependencies.chat.id;
  const promptVersion = `${prompt.id}.${prompt.version}`;
  const runId = options.runId ?? newRunId("statements-extract");
  const versions = { prompt: promptVersion, model: modelId };
  const config = { maxStatements: settings.maxStatements, articles: input.articleIds.length, force: settings.force };
  return withRun(dependencies, { id: runId, stage: "statements.extract", config, versions }, async (counts) => {
    const articles = await dependencies.executor.read<ArticleRow>("statements/articles-for-extraction", {
      articleIds: input.articleIds,
      promptVersion,
      modelId,
      force: settings.force,
      retryFailed: settings.retryFailed,
    });
    counts.skipped = input.articleIds.length - articles.length;
    await forEachWithProgress(dependencies, "extract statements", articles, settings.concurrency, async (article) => {
      const variables = {
        language: languageName(article.language),
        maxStatements: String(settings.maxStatements),
        article: article.text,
      };
      const schema = extractionAnswerFor(settings.maxStatements);
      const answer = await structuredCompletion(
        dependencies.chat,
        prompt,
        variables,
        schema,
        llmOptions(dependencies, options),
      );
      const extractionId = stableId(article.id, promptVersion, modelId);
      const base = { id: extractionId, promptVersion, modelId, runId };
      if (!answer.ok) {
        await dependencies.executor.write("statements/write-extraction", {
          articleId: article.id,
          runId,
          extraction: { ...base, status: "failed", raw: answer.raw, error: answer.error, statementCount: integer(0) },
          statements: [],
        });
        bump(counts, "failedArticles");
      } else {
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
        await dependencies.executor.write("statements/write-extraction", {
          articleId: article.id,
          runId,
          extraction: { ...base, status: "done", raw: null, error: null, statementCount: integer(statements.length) },
          statements,
        });
        bump(counts, "articles");
        bump(counts, "statements", statements.length);
        bump(counts, "exactSpans", statements.filter((statement) => statement.spanExact).length);
      }
    });
  });
}
