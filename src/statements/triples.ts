// Stage: <Question, Statement, Reverse Statement> triples (NaVAB §3.4). Q and RS are generated in the statement's
// language; automatic checks flag bad triples (status "flagged"); unparseable answers give status "failed" with
// the raw answer kept. The set is the paper's nation × quoted/official split.
import { loadPrompt } from "../llm/prompt-file.js";
import { structuredCompletion } from "../llm/structured-completion.js";
import { questionAnswer, reverseAnswer } from "./answer-schemas.js";
import { languageName } from "./languages.js";
import { bump, llmOptions, newRunId, stableId, withRun, forEachWithProgress } from "./stage-run.js";
import { checkTriple } from "./triple-checks.js";
import type { StageCommonOptions, StageDependencies, StageResult } from "./types.js";

const DEFAULTS = { concurrency: 2, promptVersion: "v1", force: false, retryFailed: false };

interface StatementRow {
  id: string;
  text: string;
  language: string | null;
  source: "quoted" | "official";
  nation: string | null;
}

export async function buildTriples(
  input: { articleIds: string[] },
  options: StageCommonOptions,
  dependencies: StageDependencies,
): Promise<StageResult> {
  const settings = { ...DEFAULTS, ...options };
  const questionPrompt = loadPrompt("statements", "question-generation", settings.promptVersion);
  const reversePrompt = loadPrompt("statements", "reverse-statement", settings.promptVersion);
  const modelId = dependencies.chat.id;
  const promptVersion = `${questionPrompt.id}.${questionPrompt.version}+${reversePrompt.id}.${reversePrompt.version}`;
  const runId = options.runId ?? newRunId("statements-triples");
  const versions = { prompt: promptVersion, model: modelId };
  return withRun(
    dependencies,
    { id: runId, stage: "statements.triples", config: { articles: input.articleIds.length }, versions },
    async (counts) => {
      const statements = await dependencies.executor.read<StatementRow>("statements/statements-for-triples", {
        articleIds: input.articleIds,
        promptVersion,
        modelId,
        force: settings.force,
        retryFailed: settings.retryFailed,
      });
      await forEachWithProgress(dependencies, "build triples", statements, settings.concurrency, async (statement) => {
        const language = statement.language ?? "und";
        const variables = { language: languageName(language), statement: statement.text };
        const call = llmOptions(dependencies, options);
        const question = await structuredCompletion(dependencies.chat, questionPrompt, variables, questionAnswer, call);
        const reverse = await structuredCompletion(dependencies.chat, reversePrompt, variables, reverseAnswer, call);
        const properties: Record<string, unknown> = {
          statement: statement.text,
          language,
          nation: statement.nation,
          set: statement.source,
          promptVersion,
          modelId,
          conflictReduced: false,
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
          bump(counts, "failed");
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
          bump(counts, checks.length === 0 ? "valid" : "flagged");
        }
        const row = { id: stableId(statement.id, promptVersion, modelId), statementId: statement.id, properties };
        await dependencies.executor.writeBatches("statements/write-triples", [row], { parameters: { runId } });
      });
    },
  );
}
