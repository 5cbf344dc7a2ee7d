// Stage `statements.triples`: <Question, Statement, Reverse Statement> triples (NaVAB §3.4). Q and RS are generated
// in the statement's language; automatic checks flag bad triples (status "flagged"); unparseable answers give status
// "failed" with the raw answer kept. The set is the paper's nation × quoted/official split. Triples are built once
// for every usable statement, whatever any conflict run decided: a conflict run's decisions stay on that run, and
// consumers choose a variant by conflict run (src/conflicts/variants.ts). Resume rule "skip-done".
import { z } from "zod";
import {
  count,
  executionSettings,
  forEachItem,
  llmCallOptions,
  requireModel,
  settingsFile,
  stageFunction,
  type StageDefinition,
} from "../kernel/index.js";
import { loadPrompt, promptVersionOf } from "../llm/prompt-file.js";
import { structuredCompletion } from "../llm/structured-completion.js";
import { questionAnswer, reverseAnswer } from "./answer-schemas.js";
import { languageName } from "./languages.js";
import { stableId } from "./stable-id.js";
import { checkTriple } from "./triple-checks.js";
import type { StageResult } from "./types.js";

const tripleSettings = z.object({
  /** Versions of prompts/statements/question-generation and reverse-statement. */
  prompts: z.object({ question: z.string().regex(/^v\d+$/), reverse: z.string().regex(/^v\d+$/) }),
  retries: z.number().int().min(0),
  seed: z.number().int().optional(),
  execution: executionSettings,
});
export type TripleSettings = z.infer<typeof tripleSettings>;

interface StatementRow {
  id: string;
  text: string;
  language: string | null;
  source: "quoted" | "official";
  nation: string | null;
}

const prompts = (settings: TripleSettings) => ({
  question: loadPrompt("statements", "question-generation", settings.prompts.question),
  reverse: loadPrompt("statements", "reverse-statement", settings.prompts.reverse),
});
/** The recorded prompt version of a triple: both prompts. */
const tripleVersion = (settings: TripleSettings): string => {
  const { question, reverse } = prompts(settings);
  return `${promptVersionOf(question)}+${promptVersionOf(reverse)}`;
};

export const tripleStage: StageDefinition<{ articleIds: string[] }, TripleSettings, StageResult> = {
  name: "statements.triples",
  settings: settingsFile("statements", "triples", 1, tripleSettings),
  resume: "skip-done",
  versions: (_input, settings, dependencies) => ({
    prompt: tripleVersion(settings),
    model: dependencies.models.chat?.id ?? "none",
  }),
  describeInput: (input) => ({ articles: input.articleIds.length }),
  seed: (settings) => settings.seed,
  async run(context) {
    const { settings, runId, counts } = context;
    const { executor, models } = context.dependencies;
    const chat = requireModel("statements.triples", models, "chat");
    const { question: questionPrompt, reverse: reversePrompt } = prompts(settings);
    const promptVersion = tripleVersion(settings);
    const modelId = chat.id;
    const statements = await executor.read<StatementRow>("statements/statements-for-triples", {
      articleIds: context.input.articleIds,
      promptVersion,
      modelId,
      force: context.options.force ?? false,
      retryFailed: context.options.retryFailed ?? false,
    });
    const call = llmCallOptions(context, settings);
    await forEachItem(context, "build triples", statements, settings.execution.concurrency, async (statement) => {
      const language = statement.language ?? "und";
      const variables = { language: languageName(language), statement: statement.text };
      const question = await structuredCompletion(chat, questionPrompt, variables, questionAnswer, call);
      const reverse = await structuredCompletion(chat, reversePrompt, variables, reverseAnswer, call);
      const properties: Record<string, unknown> = {
        statement: statement.text,
        language,
        nation: statement.nation,
        set: statement.source,
        promptVersion,
        modelId,
      };
      if (!question.ok || !reverse.ok) {
        const failures = [question, reverse].filter((answer) => !answer.ok);
        Object.assign(properties, {
          status: "failed",
          question: question.ok ? question.value.question : null,
          reverseStatement: reverse.ok ? reverse.value.reverseStatement : null,
          checks: ["generation-failed"],
          raw: failures.map((answer) => (answer.ok ? "" : answer.raw)).join("\n---\n"),
          error: failures.map((answer) => (answer.ok ? "" : answer.error)).join("; "),
        });
        count(counts, "failed");
      } else {
        const text = {
          question: question.value.question.trim(),
          statement: statement.text,
          reverseStatement: reverse.value.reverseStatement.trim(),
          language,
        };
        const checks = checkTriple(text);
        Object.assign(properties, {
          ...text,
          checks,
          status: checks.length === 0 ? "valid" : "flagged",
          raw: null,
          error: null,
        });
        count(counts, checks.length === 0 ? "valid" : "flagged");
      }
      const row = { id: stableId(statement.id, promptVersion, modelId), statementId: statement.id, properties };
      await executor.writeBatches("statements/write-triples", [row], { parameters: { runId } });
    });
    return { runId, counts };
  },
};

export const buildTriples = stageFunction(tripleStage);
