// Stage `verify.prepare` (NaVAB Table 7, issue 15): per nation of a conflict run, choose the reference statement
// (the reviewer's pick, or the most central statement of the largest claim cluster; the choice is recorded) and
// store a seeded sample of the active statements and of the statements before reduction as VerificationItems,
// with the raters each item is assigned to. Only the conflict run's own decisions are read (JUDGED_IN, its cycles'
// DEACTIVATED, its SAME_VALUE pairs). Resume rule "replace": the same set id is rewritten; labels stay.
import { stageFunction, type StageContext, type StageDefinition } from "../kernel/index.js";
import { InputError } from "../shared/errors.js";
import { chooseReference } from "./reference/choose-reference.js";
import { sampleItems } from "./sampling/sample-items.js";
import { PREPARE_SETTINGS, type PrepareSettings } from "./settings.js";

export interface PrepareInput {
  conflictRunId: string;
  nations?: string[];
  /** nation code → the reviewer's reference statement id. */
  references?: Record<string, string>;
  /** Who picked the references (recorded). */
  reviewer?: string;
  raters?: string[];
}

export interface PreparedSet {
  setId: string;
  nation: string;
  referenceStatementId: string;
  referenceMethod: string;
  items: number;
  after: number;
  before: number;
}

export const verificationSetId = (conflictRunId: string, nation: string): string => `${conflictRunId}/verify/${nation}`;

async function run(context: StageContext<PrepareInput, PrepareSettings>): Promise<PreparedSet[]> {
  const { input, settings } = context;
  const { executor } = context.dependencies;
  const statements = await executor.read<{ id: string; nation: string; kept: boolean }>("verify/judged-statements", {
    conflictRunId: input.conflictRunId,
    nations: input.nations ?? null,
  });
  if (statements.length === 0)
    throw new InputError(
      `verify prepare: conflict run ${input.conflictRunId} judged no statements (check --conflict-run)`,
    );
  const prepared: PreparedSet[] = [];
  for (const nation of [...new Set(statements.map((statement) => statement.nation))].sort()) {
    const mine = statements.filter((statement) => statement.nation === nation);
    const picked = input.references?.[nation];
    if (picked !== undefined && !mine.some((statement) => statement.id === picked))
      throw new InputError(
        `verify prepare: reference ${picked} is not a ${nation} statement judged by ${input.conflictRunId}`,
      );
    const pairs = await executor.read<{ left: string; right: string }>("verify/same-value-pairs", {
      conflictRunId: input.conflictRunId,
      statementIds: mine.map((statement) => statement.id),
    });
    const reference = chooseReference(
      mine.map((statement) => statement.id),
      pairs,
      picked,
    );
    if (!reference) continue;
    const items = sampleItems(mine, {
      ...settings,
      size: settings.sampleSize,
      reference: reference.statementId,
      raters: input.raters ?? [],
    });
    const setId = verificationSetId(input.conflictRunId, nation);
    await executor.write("verify/merge-set", {
      set: {
        id: setId,
        conflictRunId: input.conflictRunId,
        nation,
        runId: context.runId,
        seed: settings.seed,
        sampleSize: settings.sampleSize,
        overlap: settings.overlap,
        raters: input.raters ?? [],
        referenceStatementId: reference.statementId,
        referenceMethod: reference.method,
        referenceBy: reference.method === "reviewer" ? (input.reviewer ?? null) : null,
        referenceClusterSize: reference.clusterSize,
        referenceDegree: reference.degree,
        preparedAt: new Date().toISOString(),
      },
      items,
    });
    const after = items.filter((item) => item.samples.includes("after")).length;
    prepared.push({
      setId,
      nation,
      referenceStatementId: reference.statementId,
      referenceMethod: reference.method,
      items: items.length,
      after,
      before: items.filter((item) => item.samples.includes("before")).length,
    });
  }
  Object.assign(context.counts, {
    sets: prepared.length,
    items: prepared.reduce((total, set) => total + set.items, 0),
  });
  return prepared;
}

export const prepareStage: StageDefinition<PrepareInput, PrepareSettings, PreparedSet[]> = {
  name: "verify.prepare",
  settings: PREPARE_SETTINGS,
  resume: "replace",
  versions: () => ({}),
  describeInput: (input) => ({ ...input }),
  seed: (settings) => settings.seed,
  run,
};

export const prepareVerification = stageFunction(prepareStage);
