// `navab verify prepare | prelabel | label | report`: flags → the typed pipeline steps (src/pipeline/verify.ts) of
// human verification of conflict reduction (NaVAB Table 7). The UI page is /ui/verify.html under `navab serve`.
import { createInterface } from "node:readline/promises";
import type { Command } from "commander";
import { verifyLabelStep, verifyPrelabelStep, verifyPrepareStep, verifyReportStep } from "../../pipeline/verify.js";
import { InputError } from "../../shared/errors.js";
import type { CliContext } from "../context.js";
import { nonNegativeIntegerFlag } from "../flag-values.js";
import { optionalChatChoice, withOptionalChatFlags } from "../optional-chat.js";

const nationsOf = (value: string | undefined): string[] | undefined =>
  value
    ?.split(",")
    .map((part) => part.trim().toUpperCase())
    .filter((part) => part.length > 0);

const listOf = (value: string | undefined): string[] | undefined =>
  value
    ?.split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

function referencesOf(values: string[]): Record<string, string> {
  const references: Record<string, string> = {};
  for (const value of values) {
    const [nation, statementId] = value.split("=", 2);
    if (!nation || !statementId) throw new InputError(`--reference takes NATION=<statement id>; got "${value}"`);
    references[nation.trim().toUpperCase()] = statementId.trim();
  }
  return references;
}

export function registerVerifyCommands(program: Command, context: CliContext): void {
  const verify = program.command("verify").description("human verification of conflict reduction (paper Table 7)");
  verify
    .command("prepare")
    .description("per nation: choose the reference statement and sample statements after and before reduction")
    .requiredOption("--conflict-run <id>", "the conflict run to verify")
    .option("--nations <list>", "only these nations")
    .option(
      "--reference <nation=id...>",
      "a reviewer's reference statement per nation (repeatable)",
      (value, all: string[]) => [...all, value],
      [],
    )
    .option("--by <name>", "who picked the references (default $USER)")
    .option("--raters <list>", "raters; every one labels the overlap, the rest is shared out")
    .option("--sample <n>", "statements per sample (default the settings file's, 100)")
    .option("--overlap <n>", "items every rater labels (default the settings file's, 30)")
    .option("--seed <n>", "sampling seed")
    .action(
      async (flags: {
        conflictRun: string;
        nations?: string;
        reference: string[];
        by?: string;
        raters?: string;
        sample?: string;
        overlap?: string;
        seed?: string;
      }) => {
        const sampleSize = nonNegativeIntegerFlag(flags.sample, "--sample");
        const overlap = nonNegativeIntegerFlag(flags.overlap, "--overlap");
        const seed = nonNegativeIntegerFlag(flags.seed, "--seed");
        const nations = nationsOf(flags.nations);
        const raters = listOf(flags.raters);
        const reviewer = flags.by ?? context.settings().user;
        await verifyPrepareStep(
          context,
          {
            conflictRunId: flags.conflictRun,
            ...(nations ? { nations } : {}),
            ...(flags.reference.length > 0
              ? { references: referencesOf(flags.reference), ...(reviewer ? { reviewer } : {}) }
              : {}),
            ...(raters ? { raters } : {}),
          },
          {
            ...(sampleSize === undefined ? {} : { sampleSize }),
            ...(overlap === undefined ? {} : { overlap }),
            ...(seed === undefined ? {} : { seed }),
          },
        );
      },
    );
  withOptionalChatFlags(
    verify
      .command("prelabel")
      .description("LLM pre-labels (align / conflict / unrelated), stored apart from human labels")
      .requiredOption("--conflict-run <id>", "the verified conflict run")
      .option("--nations <list>", "only these nations")
      .option("--limit <n>", "at most n items per nation")
      .option("--no-cache", "do not read or write the LLM answer cache"),
    "pre-label",
  ).action(
    async (flags: {
      conflictRun: string;
      nations?: string;
      limit?: string;
      cache: boolean;
      llm?: string;
      gguf?: string;
    }) => {
      const limit = nonNegativeIntegerFlag(flags.limit, "--limit");
      const nations = nationsOf(flags.nations);
      await verifyPrelabelStep(context, {
        conflictRunId: flags.conflictRun,
        ...(nations ? { nations } : {}),
        chat: optionalChatChoice(flags) ?? {},
        settings: limit === undefined ? {} : { limit },
        cache: flags.cache,
      });
    },
  );
  verify
    .command("label")
    .description("label statements on the command line (a / c / u; s skips, q stops); resumes where you left off")
    .requiredOption("--conflict-run <id>", "the verified conflict run")
    .requiredOption("--nation <code>", "the nation's set")
    .option("--rater <name>", "who labels (default $USER)")
    .action(async (flags: { conflictRun: string; nation: string; rater?: string }) => {
      const rater = flags.rater ?? context.settings().user ?? "";
      const lines = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
      const iterator = lines[Symbol.asyncIterator]();
      try {
        const written = await verifyLabelStep(context, {
          conflictRunId: flags.conflictRun,
          nation: flags.nation.toUpperCase(),
          rater,
          ask: async (question) => {
            process.stderr.write(question);
            const next = await iterator.next();
            return next.done ? undefined : String(next.value);
          },
        });
        context.print(`${written} labels recorded for ${rater}`);
      } finally {
        lines.close();
      }
    });
  verify
    .command("report")
    .description("Align / Conflict rates before and after reduction per nation, kappa, LLM vs human")
    .requiredOption("--conflict-run <id>", "the verified conflict run")
    .option("--nations <list>", "only these nations")
    .option("--json", "print JSON", false)
    .option("--html <file>", "also write the Table 7 block as HTML")
    .action(async (flags: { conflictRun: string; nations?: string; json: boolean; html?: string }) => {
      const nations = nationsOf(flags.nations);
      await verifyReportStep(context, {
        conflictRunId: flags.conflictRun,
        json: flags.json,
        ...(nations ? { nations } : {}),
        ...(flags.html ? { html: flags.html } : {}),
      });
    });
}
