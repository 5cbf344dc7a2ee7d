// Stage `verify.prelabel` (issue 15): the LLM labels each verification item Align / Conflict / Unrelated against
// its nation's reference statement through the structured LLM path (prompts/verify/verification-label, cache,
// retries, token log). Pre-labels are VerificationPrelabel nodes, apart from human labels. Resume "skip-done":
// items this model and prompt version already pre-labelled are skipped.
import { z } from "zod";
import {
  count,
  forEachItem,
  llmCallOptions,
  requireModel,
  stageFunction,
  type StageContext,
  type StageDefinition,
  promptAndChatVersions,
} from "../../kernel/index.js";
import { loadPrompt, promptVersionOf } from "../../llm/prompt-file.js";
import { structuredCompletion } from "../../llm/structured-completion.js";
import { readVerificationLabels, readVerificationSets } from "../read-sets.js";
import { VERIFICATION_LABELS } from "../report/verification-report.js";
import { PRELABEL_SETTINGS, type PrelabelSettings } from "../settings.js";

export interface PrelabelInput {
  conflictRunId: string;
  nations?: string[];
}

export const prelabelAnswer = z.object({ label: z.enum(VERIFICATION_LABELS), reason: z.string().optional() });

const promptOf = (settings: PrelabelSettings) => loadPrompt("verify", "verification-label", settings.prompt);

async function run(
  context: StageContext<PrelabelInput, PrelabelSettings>,
): Promise<{ labelled: number; failed: number }> {
  const { input, settings } = context;
  const { executor } = context.dependencies;
  const chat = requireModel("verify.prelabel", context.dependencies.models, "chat");
  const prompt = promptOf(settings);
  const promptVersion = promptVersionOf(prompt);
  const sets = await readVerificationSets(executor, input.conflictRunId, input.nations);
  const done = new Set(
    (
      await readVerificationLabels(
        executor,
        sets.map((set) => set.setId),
      )
    ).llm
      .filter((label) => label.modelId === chat.id)
      .map((label) => `${label.setId}/${label.statementId}`),
  );
  const work = sets.flatMap((set) =>
    (settings.limit > 0 ? set.items.slice(0, settings.limit) : set.items)
      .filter((item) => !done.has(`${set.setId}/${item.statementId}`))
      .map((item) => ({ set, item })),
  );
  const rows: { setId: string; statementId: string; label: string; reason: string }[] = [];
  await forEachItem(context, "verify: LLM pre-labels", work, settings.execution.concurrency, async ({ set, item }) => {
    const answer = await structuredCompletion(
      chat,
      prompt,
      { reference: set.reference.text, statement: item.text },
      prelabelAnswer,
      llmCallOptions(context, settings),
    );
    if (!answer.ok) return count(context.counts, "failed");
    rows.push({
      setId: set.setId,
      statementId: item.statementId,
      label: answer.value.label,
      reason: answer.value.reason ?? "",
    });
    count(context.counts, "labelled");
  });
  if (rows.length > 0)
    await executor.write("verify/write-prelabels", { rows, modelId: chat.id, promptVersion, runId: context.runId });
  return { labelled: context.counts.labelled ?? 0, failed: context.counts.failed ?? 0 };
}

export const prelabelStage: StageDefinition<PrelabelInput, PrelabelSettings, { labelled: number; failed: number }> = {
  name: "verify.prelabel",
  settings: PRELABEL_SETTINGS,
  resume: "skip-done",
  versions: promptAndChatVersions(promptOf),
  describeInput: (input) => ({ ...input }),
  seed: (settings) => settings.seed,
  run,
};

export const prelabelVerification = stageFunction(prelabelStage);
