// The stage kernel: runs a declared stage with all of its plumbing — settings (file + overrides, validated,
// versioned, hashed), the run id, the Run lifecycle (start with config, settings version and hash, versions, seed,
// resume rule and process; finish with counts and the stage's token totals, or fail with the error), the resume
// rule, and runs left `running` by dead processes marked failed first. Stages only declare (stage.ts).
import type { CypherExecutor } from "../database/executor.js";
import { DeferredItems } from "../llm/batch/deferral.js";
import type { TokenTotals } from "../llm/token-log.js";
import { failAbandonedRunsOnce } from "../runs/abandoned-runs.js";
import { finishRun, recordedSettings, startRun } from "../runs/run-record.js";
import { InputError } from "../shared/errors.js";
import { silentProgress } from "../shared/progress.js";
import { runIdFor } from "./run-id.js";
import { resolveSettings } from "./settings-file.js";
import type { Counts, StageContext, StageDefinition, StageOptions, OptionalDatabaseDependencies } from "./stage.js";

const noTokens: TokenTotals = { calls: 0, cachedCalls: 0, promptTokens: 0, completionTokens: 0, costUsd: 0 };

/** The tokens this stage used (the token log may be shared by several stages of one command). */
function tokenCounts(start: TokenTotals, now: TokenTotals | undefined): Counts {
  if (now === undefined) return {};
  return {
    llmCalls: now.calls - start.calls,
    llmCachedCalls: now.cachedCalls - start.cachedCalls,
    promptTokens: now.promptTokens - start.promptTokens,
    completionTokens: now.completionTokens - start.completionTokens,
    costUsd: Math.round((now.costUsd - start.costUsd) * 1e6) / 1e6,
  };
}

async function refuseSettingsChange(executor: CypherExecutor, stage: string, runId: string, hash: string) {
  const recorded = await recordedSettings(executor, runId);
  if (recorded?.settingsHash && recorded.settingsHash !== hash)
    throw new InputError(
      `${stage}: run ${runId} was made with other settings (${recorded.settingsVersion}, hash ${recorded.settingsHash}); use a new run id to compare settings`,
    );
}

export async function runStage<Input, Settings, Output, Dependencies extends OptionalDatabaseDependencies>(
  definition: StageDefinition<Input, Settings, Output, Dependencies>,
  input: Input,
  options: StageOptions<Settings>,
  dependencies: Dependencies,
): Promise<Output> {
  const resolved = resolveSettings(definition.name, definition.settings, options.settings);
  const warnings: string[] = [];
  const runId = runIdFor(definition.name, definition.runId?.(input, options) ?? options.runId);
  const context: StageContext<Input, Settings, Dependencies> = {
    input,
    settings: resolved.settings,
    settingsVersion: resolved.version,
    settingsHash: resolved.hash,
    runId,
    options,
    dependencies,
    progress: dependencies.progress ?? silentProgress,
    llm: dependencies.llm ?? {},
    log: dependencies.log ?? (() => {}),
    signal: dependencies.signal,
    counts: {},
    warn(message: string) {
      warnings.push(message);
      context.log(`warning: ${message}`);
    },
  };
  const executor = dependencies.executor;
  const records = executor !== undefined && (definition.records?.(input, resolved.settings, dependencies) ?? true);
  if (records) {
    await failAbandonedRunsOnce(executor);
    if (definition.resume === "replay-same-settings")
      await refuseSettingsChange(executor, definition.name, runId, resolved.hash);
    const seed = definition.seed?.(resolved.settings);
    await startRun(executor, {
      id: runId,
      stage: definition.name,
      config: { input: definition.describeInput?.(input) ?? {}, settings: resolved.settings },
      settingsVersion: resolved.version,
      settingsHash: resolved.hash,
      versions: { settings: resolved.version, ...(await definition.versions(input, resolved.settings, dependencies)) },
      resume: definition.resume,
      ...(seed === undefined ? {} : { seed }),
    });
  }
  const tokensAtStart = { ...(context.llm.tokenLog?.totals ?? noTokens) };
  // Token totals join the stage's own counters (the same object a stage may return, e.g. {runId, counts}).
  const counts = (): Counts => Object.assign(context.counts, tokenCounts(tokensAtStart, context.llm.tokenLog?.totals));
  try {
    if (definition.reset !== undefined) await definition.reset(context);
    const output = await definition.run(context);
    if (records) await finishRun(executor, runId, { status: "done", counts: counts(), warnings });
    return output;
  } catch (error) {
    if (records) {
      const message = error instanceof Error ? error.message : String(error);
      // Items left for the Batch API are not a failure: the Run waits ("deferred") and a re-run resumes it.
      const outcome =
        error instanceof DeferredItems
          ? { status: "deferred" as const, counts: { ...counts(), deferredItems: error.items }, warnings }
          : { status: "failed" as const, counts: counts(), error: message, warnings };
      await finishRun(executor, runId, outcome).catch(() => undefined);
    }
    throw error;
  }
}

/** The stage function of a definition: `(input, options, dependencies) → output`, the shape every caller uses. */
export function stageFunction<Input, Settings, Output, Dependencies extends OptionalDatabaseDependencies>(
  definition: StageDefinition<Input, Settings, Output, Dependencies>,
): (input: Input, options: StageOptions<Settings>, dependencies: Dependencies) => Promise<Output> {
  return (input, options, dependencies) => runStage(definition, input, options, dependencies);
}
