// Shared pieces of the batch-loop tests (unit, scripted server, killed process): a two-step "stage" (a question,
// then a reverse statement of that question: the second call depends on the first answer), the fake Batch API's
// answers for it, and a runner setup over a temporary folder.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { RequestCollector } from "../../src/llm/batch/batch-collector.js";
import { BatchStore } from "../../src/llm/batch/batch-store.js";
import { Deferrals } from "../../src/llm/batch/deferral.js";
import { runBatched, type BatchRunOptions } from "../../src/llm/batch/run-batched.js";
import type { LlmPlumbing } from "../../src/llm/llm-call.js";
import { loadPrompt } from "../../src/llm/prompt-file.js";
import { structuredCompletion } from "../../src/llm/structured-completion.js";
import type { BatchRequestLine } from "../../src/models/chat/batch-api.js";
import type { ChatModel } from "../../src/models/chat/chat-model.js";
import type { FakeLineOutcome } from "../../src/models/chat/fake-batch-api.js";

const questionPrompt = loadPrompt("statements", "question-generation");
const reversePrompt = loadPrompt("statements", "reverse-statement");
const questionSchema = z.object({ question: z.string().min(1) });
const reverseSchema = z.object({ reverseStatement: z.string().min(1) });

export const TWO_STEP_ITEMS = ["peace", "order", "growth", "unity", "trade"];

/** The statement in a request's delimited data block. */
export function statementOf(line: BatchRequestLine): string {
  const messages = line.body.messages as { role: string; content: string }[];
  const user = messages.at(-1)?.content ?? "";
  return /<data-statement>\n([\s\S]*?)\n<\/data-statement>/.exec(user)?.[1] ?? "";
}

export const isQuestionRequest = (line: BatchRequestLine): boolean =>
  ((line.body.messages as { content: string }[])[0]?.content ?? "").startsWith("You write evaluation questions");

/** Correct answers for both steps. */
export function goodAnswer(line: BatchRequestLine): FakeLineOutcome {
  const statement = statementOf(line);
  return isQuestionRequest(line)
    ? { content: JSON.stringify({ question: `Q(${statement})` }) }
    : { content: JSON.stringify({ reverseStatement: `not ${statement}` }) };
}

/**
 * Items → "not Q(item)"; an item whose answers stay invalid gives "failed:<item>" (what a real stage would write as
 * a failed item), also pushed to `written` in every pass, so a test sees a failure recorded by a deferred pass.
 */
export async function twoStepStage(
  items: readonly string[],
  chat: ChatModel,
  llm: LlmPlumbing,
  written: string[] = [],
): Promise<string[]> {
  const deferrals = new Deferrals();
  const results: string[] = [];
  for (const item of items) {
    await deferrals.attempt(async () => {
      const options = { ...llm, retries: 0 };
      const question = await structuredCompletion(
        chat,
        questionPrompt,
        { language: "English", statement: item },
        questionSchema,
        options,
      );
      const variables = question.ok ? { language: "English", statement: question.value.question } : undefined;
      const reverse = variables && (await structuredCompletion(chat, reversePrompt, variables, reverseSchema, options));
      const result = reverse?.ok ? reverse.value.reverseStatement : `failed:${item}`;
      results.push(result);
      written.push(result);
    });
  }
  deferrals.finish("two-step test stage");
  return results;
}

export const temporaryStore = (): BatchStore =>
  new BatchStore(join(mkdtempSync(join(tmpdir(), "navab-batch-")), "batch"));

/** Runs the stage through the batch loop with fresh collector objects (as a new process would). */
export async function runTwoStep(
  items: readonly string[],
  chat: ChatModel,
  store: BatchStore,
  llm: LlmPlumbing,
  overrides: Partial<BatchRunOptions> & { maxSubmissions?: number } = {},
) {
  const lines: string[] = [];
  const written: string[] = [];
  const collector = new RequestCollector(store, { maxSubmissions: overrides.maxSubmissions ?? 3 });
  const outcome = await runBatched(() => twoStepStage(items, chat, { ...llm, batch: collector }, written), {
    store,
    collector,
    prices: { promptPerMillion: 0, completionPerMillion: 0, batchDiscount: 0.5 },
    confirmAboveUsd: 1,
    yes: false,
    pollMs: 0,
    sleep: async () => {},
    retry: { sleep: async () => {} },
    log: (line) => void lines.push(line),
    ...overrides,
  });
  return { outcome, lines, written };
}
