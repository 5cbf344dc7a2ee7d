// `navab demo`: runs the whole pipeline offline (embedded Neo4j, default embedder, local GGUF) as one command.
import type { Command } from "commander";
import { DEMO_DEFAULTS, demoPlan, type DemoSettings } from "../../demo/plan.js";
import { NavabError } from "../../shared/errors.js";
import type { CliContext } from "../context.js";
import { createProgram } from "../program.js";
import { positiveIntegerFlag } from "../flag-values.js";

interface DemoFlags {
  out: string;
  articlesPerNation: string;
  evaluationLimit: string;
  model: boolean;
  from: string;
}

export function registerDemoCommand(program: Command, context: CliContext): void {
  program
    .command("demo")
    .description("run the whole pipeline offline on the shared corpora, then say where the reports and the UI are")
    .option("--out <folder>", "reports and exports", DEMO_DEFAULTS.out)
    .option(
      "--articles-per-nation <n>",
      "articles per nation for statement extraction",
      String(DEMO_DEFAULTS.articlesPerNation),
    )
    .option("--evaluation-limit <n>", "items per evaluation set", String(DEMO_DEFAULTS.evaluationLimit))
    .option("--no-model", "skip the steps that need the local GGUF model")
    .option("--from <step>", "start at this step number (the runs before it are kept; stages resume)", "1")
    .action(async (flags: DemoFlags) => {
      const settings: DemoSettings = {
        out: flags.out,
        articlesPerNation: positiveIntegerFlag(flags.articlesPerNation, "--articles-per-nation"),
        instagPerNation: DEMO_DEFAULTS.instagPerNation,
        evaluationLimit: positiveIntegerFlag(flags.evaluationLimit, "--evaluation-limit"),
        withoutModel: !flags.model,
      };
      const steps = demoPlan(settings);
      const failed: string[] = [];
      const started = Date.now();
      const first = positiveIntegerFlag(flags.from, "--from");
      for (const [index, step] of steps.entries()) {
        if (index + 1 < first) continue;
        context.print(`\n== ${index + 1}/${steps.length} ${step.title}  (navab ${step.argv.join(" ")})`);
        const stepStarted = Date.now();
        try {
          await createProgram(context).parseAsync(step.argv, { from: "user" });
        } catch (error) {
          if (!step.optional) throw error;
          const message = error instanceof NavabError ? error.message : String((error as Error).stack ?? error);
          failed.push(`${step.title}: ${message}`);
          context.print(`   not done: ${message}`);
        }
        context.print(`   (${((Date.now() - stepStarted) / 1000).toFixed(1)} s)`);
      }
      context.print(`\nnavab demo finished in ${((Date.now() - started) / 60_000).toFixed(1)} min.`);
      for (const line of failed) context.print(`  not done: ${line}`);
      context.print(`Reports and exports: ${settings.out}/ (topics/, conflicts.md, triples/, evaluation.html, dpo/)`);
      context.print(
        "Auditor UI and GraphQL: run `npx navab serve`, then open the printed /ui/auditor and /sandbox pages.",
      );
    });
}
