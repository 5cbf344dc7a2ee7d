// `navab demo`: runs the whole pipeline offline (embedded Neo4j, default embedder, local GGUF) as one command —
// the typed plan of src/demo/plan.ts, run by src/demo/run-demo.ts.
import type { Command } from "commander";
import { DEMO_DEFAULTS, type DemoSettings } from "../../demo/plan.js";
import { runDemo } from "../../demo/run-demo.js";
import type { CliContext } from "../context.js";
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
      await runDemo(context, settings, positiveIntegerFlag(flags.from, "--from"));
    });
}
