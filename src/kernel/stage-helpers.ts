// Small helpers stages use inside `run`: counters, per-item work with bounded concurrency, progress and the abort
// signal, the options of a stage's LLM calls, and a clear error when a needed model is missing.
import { Deferrals } from "../llm/batch/deferral.js";
import { mapWithConcurrency } from "../llm/concurrency.js";
import { promptVersionOf } from "../llm/prompt-file.js";
import type { StructuredOptions } from "../llm/structured-completion.js";
import { InputError } from "../shared/errors.js";
import type { Counts, StageContext, StageModels } from "./stage.js";

/** Adds `by` (default 1) to a named counter. */
export const count = (counts: Counts, name: string, by = 1): void => {
  counts[name] = (counts[name] ?? 0) + by;
};

/**
 * Runs `work` on every item with at most `concurrency` in flight, a progress step and the stage's abort signal.
 * In collect mode (src/llm/batch) an item whose LLM call waits for a batch is skipped without a write, and the
 * loop then ends the stage's pass with DeferredItems (the kernel records the Run "deferred"; a re-run resumes).
 */
export async function forEachItem<Item>(
  context: Pick<StageContext<unknown, unknown, unknown>, "progress" | "signal">,
  step: string,
  items: readonly Item[],
  concurrency: number,
  work: (item: Item) => Promise<void>,
): Promise<void> {
  context.progress.start(step, items.length);
  let done = 0;
  const deferrals = new Deferrals();
  await mapWithConcurrency(
    items,
    concurrency,
    async (item) => {
      await deferrals.attempt(() => work(item));
      done += 1;
      context.progress.update(done);
    },
    context.signal,
  );
  context.progress.stop();
  deferrals.finish(step);
}

/** The options of every structured call of a stage: its LLM plumbing, plus retries and seed from its settings. */
export function llmCallOptions(
  context: Pick<StageContext<unknown, unknown, unknown>, "llm">,
  settings: { retries?: number; seed?: number },
): StructuredOptions {
  return {
    ...context.llm,
    ...(settings.retries === undefined ? {} : { retries: settings.retries }),
    ...(settings.seed === undefined ? {} : { seed: settings.seed }),
  };
}

/** The `versions` of a stage whose output is shaped by one prompt file and the chat model. */
export function promptAndChatVersions<Settings>(promptOf: (settings: Settings) => { id: string; version: string }) {
  return (_input: unknown, settings: Settings, dependencies: { models: StageModels }): Record<string, string> => ({
    prompt: promptVersionOf(promptOf(settings)),
    model: dependencies.models.chat?.id ?? "none",
  });
}

/** The model a stage needs, or a clear error saying which stage needs which model. */
export function requireModel<Key extends keyof StageModels>(
  stage: string,
  models: StageModels,
  key: Key,
): NonNullable<StageModels[Key]> {
  const model = models[key];
  if (model === undefined || model === null)
    throw new InputError(`${stage} needs a ${key} model (dependencies.models.${key}); pass one or choose a backend`);
  return model as NonNullable<StageModels[Key]>;
}
