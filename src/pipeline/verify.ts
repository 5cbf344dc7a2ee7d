// Pipeline steps of human verification (NaVAB Table 7, issue 15): prepare the per-nation samples of a conflict
// run, pre-label them with the LLM, label them on the command line (resumable), and report rates, kappa and
// human-vs-LLM agreement (JSON, text, or the Table 7 HTML block).
import { writeFile } from "node:fs/promises";
import type { DeepPartial } from "../kernel/index.js";
import {
  labelQueue,
  parseLabel,
  prelabelVerification,
  prepareVerification,
  readVerificationLabels,
  readVerificationSets,
  recordHumanLabel,
  renderTable7Block,
  loadVerificationReport,
  verificationSetId,
  type NationReport,
  type PrepareInput,
} from "../verify/index.js";
import type { PrelabelSettings, PrepareSettings } from "../verify/settings.js";
import { chatModel, type ChatChoice } from "./models.js";
import type { Session } from "./session.js";
import { withStageDependencies } from "./stage-dependencies.js";
import { InputError } from "../shared/errors.js";

export async function verifyPrepareStep(
  session: Session,
  input: PrepareInput,
  settings: DeepPartial<PrepareSettings> = {},
) {
  return withStageDependencies(
    session,
    { models: {}, runLabel: `verify-${input.conflictRunId}`, cache: false },
    async (dependencies) => {
      const sets = await prepareVerification(input, { settings }, dependencies);
      for (const set of sets)
        session.print(
          `${set.nation}\t${set.setId}\treference ${set.referenceStatementId} (${set.referenceMethod})\t${set.items} items: ${set.after} after, ${set.before} before reduction`,
        );
      return sets;
    },
  );
}

export async function verifyPrelabelStep(
  session: Session,
  options: {
    conflictRunId: string;
    nations?: string[];
    chat: ChatChoice;
    settings?: DeepPartial<PrelabelSettings>;
    cache?: boolean;
  },
) {
  const chat = await chatModel(session, options.chat);
  return withStageDependencies(
    session,
    { models: { chat }, runLabel: `verify-${options.conflictRunId}`, cache: options.cache ?? true },
    async (dependencies) => {
      const result = await prelabelVerification(
        { conflictRunId: options.conflictRunId, ...(options.nations ? { nations: options.nations } : {}) },
        { settings: options.settings ?? {} },
        dependencies,
      );
      session.print(`LLM pre-labels (${chat.id}): ${result.labelled} written, ${result.failed} unparsable`);
      return result;
    },
  );
}

export interface LabelStepOptions {
  conflictRunId: string;
  nation: string;
  rater: string;
  /** Asks one question and returns the answer line (undefined at end of input). */
  ask: (question: string) => Promise<string | undefined>;
}

/** The command-line labelling loop: one statement at a time, a / c / u (s skips, q stops); resumable. */
export async function verifyLabelStep(session: Session, options: LabelStepOptions): Promise<number> {
  return session.withDatabase(async (executor) => {
    const setId = verificationSetId(options.conflictRunId, options.nation);
    const [set] = (await readVerificationSets(executor, options.conflictRunId, [options.nation])).filter(
      (entry) => entry.setId === setId,
    );
    if (!set) throw new InputError(`verify label: no verification set ${setId} (run navab verify prepare first)`);
    const queue = labelQueue(set, (await readVerificationLabels(executor, [setId])).human, options.rater);
    session.print(`reference (${set.reference.method}): ${set.reference.text}`);
    session.print(`${queue.length} statements left for ${options.rater}`);
    let written = 0;
    for (const [index, item] of queue.entries()) {
      let label;
      for (;;) {
        const answer = await options.ask(
          `[${index + 1}/${queue.length}] ${item.text}\n  a = align, c = conflict, u = unrelated, s = skip, q = stop > `,
        );
        if (answer === undefined || answer.trim() === "q") return written;
        if (answer.trim() === "s") break;
        label = parseLabel(answer);
        if (label) break;
      }
      if (!label) continue;
      await recordHumanLabel(executor, { setId, statementId: item.statementId, label, by: options.rater });
      written += 1;
    }
    return written;
  });
}

export async function verifyReportStep(
  session: Session,
  options: { conflictRunId: string; nations?: string[]; json: boolean; html?: string },
): Promise<NationReport[]> {
  const reports = await session.withDatabase((executor) =>
    loadVerificationReport(executor, options.conflictRunId, options.nations),
  );
  if (options.html) {
    await writeFile(
      options.html,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>navab verification ${options.conflictRunId}</title></head><body>${renderTable7Block(reports)}</body></html>\n`,
    );
    session.log(`Table 7 block → ${options.html}`);
  }
  if (options.json) session.print(JSON.stringify({ conflictRunId: options.conflictRunId, nations: reports }, null, 1));
  else
    for (const report of reports) {
      const percent = (value: number) => (Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : "–");
      const pair = (rates: NationReport["after"]) =>
        `align ${percent(rates.align.rate)} [${percent(rates.align.low)}, ${percent(rates.align.high)}] conflict ${percent(rates.conflict.rate)} [${percent(rates.conflict.low)}, ${percent(rates.conflict.high)}] (${rates.labelled}/${rates.items} labelled)`;
      session.print(`${report.nation}\tbefore: ${pair(report.before)}\tafter: ${pair(report.after)}`);
      session.print(
        `${report.nation}\tkappa (${report.agreement.raters.join(", ") || "no raters"} on ${report.agreement.items}): Cohen ${report.agreement.cohenKappa?.toFixed(3) ?? "–"}, Fleiss ${report.agreement.fleissKappa?.toFixed(3) ?? "–"}${report.llm ? `\tLLM vs human: ${percent(report.llm.agreement.rate)} on ${report.llm.comparedItems}, kappa ${report.llm.cohenKappa.toFixed(3)}` : ""}`,
      );
    }
  return reports;
}
