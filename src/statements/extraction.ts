// Stage `statements.extract`: statement extraction (NaVAB §3.2) behind a grounding gate (issue 13). For each
// article the LLM lists value statements with a value claim and stance — as written-out quotes (prompt v1) or as
// numbers of the article's own sentences (prompt v2, the default). A statement is `valid` only if its text is in the
// article (src/statements/grounding.ts); others are kept as `unsupported` with the reason and never used later.
// Supported statements then join one StatementGroup per text (statement-groups.ts). A per-article marker makes the
// stage resumable (resume rule "skip-done": articles done by this prompt version and model are skipped).
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
  promptAndChatVersions,
} from "../kernel/index.js";
import { loadPrompt, promptVersionOf } from "../llm/prompt-file.js";
import { structuredCompletion } from "../llm/structured-completion.js";
import { extractionRequest } from "./extraction-methods.js";
import { groundingSettings, type GroundedStatement } from "./grounding.js";
import { languageName } from "./languages.js";
import { groupingSettings, groupStatements } from "./statement-groups.js";
import { stableId } from "./stable-id.js";
import type { StageResult } from "./types.js";

const extractionSettings = z.object({
  ...llmStepSettings,
  /** At most this many statements per article. */
  maxStatements: z.number().int().positive(),
  grounding: groundingSettings,
  grouping: groupingSettings,
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

/** One Statement per distinct span (supported) or text (unsupported): small models repeat themselves. */
function distinctStatements(statements: GroundedStatement[]): GroundedStatement[] {
  const key = (statement: GroundedStatement) =>
    statement.unsupportedReason === null ? `${statement.span.start}:${statement.span.end}` : statement.text;
  return [...new Map(statements.map((statement) => [key(statement), statement])).values()];
}

export const extractionStage: StageDefinition<{ articleIds: string[] }, ExtractionSettings, StageResult> = {
  name: "statements.extract",
  settings: settingsFile("statements", "extract", 2, extractionSettings),
  resume: "skip-done",
  versions: promptAndChatVersions(prompt),
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
    const call = llmCallOptions(context, settings);
    await forEachItem(context, "extract statements", articles, settings.execution.concurrency, async (article) => {
      const request = extractionRequest(extractionPrompt, article, settings, languageName(article.language));
      const answer = await structuredCompletion(chat, extractionPrompt, request.variables, request.schema, call);
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
      const statements = distinctStatements(request.ground(answer.value)).map((statement, index) => ({
        id: stableId(article.id, promptVersion, modelId, index),
        runId,
        text: statement.text,
        valueClaim: statement.valueClaim,
        stance: statement.stance,
        language: article.language,
        spanStart: integer(statement.span.start),
        spanEnd: integer(statement.span.end),
        spanExact: statement.span.exact,
        spanSimilarity: statement.span.similarity,
        status: statement.unsupportedReason === null ? "valid" : "unsupported",
        unsupportedReason: statement.unsupportedReason,
        promptVersion,
        modelId,
      }));
      const supported = statements.filter((statement) => statement.status === "valid").length;
      await executor.write("statements/write-extraction", {
        articleId: article.id,
        runId,
        extraction: {
          ...base,
          status: "done",
          raw: null,
          error: null,
          statementCount: integer(statements.length),
          supportedCount: integer(supported),
        },
        statements,
      });
      count(counts, "articles");
      count(counts, "statements", statements.length);
      count(counts, "supported", supported);
      count(counts, "unsupported", statements.length - supported);
      for (const statement of statements)
        if (statement.unsupportedReason !== null) count(counts, `unsupported:${statement.unsupportedReason}`);
    });
    const grouped = await groupStatements(executor, { articleIds: input.articleIds, runId }, settings.grouping);
    count(counts, "groupsCreated", grouped.groupsCreated);
    count(counts, "statementsGrouped", grouped.statementsGrouped);
    return { runId, counts };
  },
};

export const extractStatements = stageFunction(extractionStage);
