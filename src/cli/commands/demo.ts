// `navab demo [--quick]`: runs the whole pipeline offline (embedded Neo4j, e5 sidecar, local GGUF) as one command —
// the typed plan of src/demo/plan.ts with the sizes of src/demo/settings/demo.v2.json, run by src/demo/run-demo.ts;
// `--plan` prints the steps and their estimates without running anything.
import type { Command } from "commander";
import { demoSettings, type DemoSettings } from "../../demo/demo-settings.js";
import { formatMinutes } from "../../demo/estimate.js";
import { demoPlan } from "../../demo/plan.js";
import { runDemo } from "../../demo/run-demo.js";
import type { CliContext } from "../context.js";
import { positiveIntegerFlag } from "../flag-values.js";

interface DemoFlags {
  out?: string;
  quick?: boolean;
  plan?: boolean;
  set: string[];
  articlesPerNation?: string;
  evaluationLimit?: string;
  model: boolean;
  from: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function settingsOf(flags: DemoFlags): DemoSettings {
  const overrides = [...flags.set];
  if (flags.articlesPerNation !== undefined)
    overrides.push(`articlesPerNation=${positiveIntegerFlag(flags.articlesPerNation, "--articles-per-nation")}`);
  if (flags.evaluationLimit !== undefined)
    overrides.push(`evaluationLimit=${positiveIntegerFlag(flags.evaluationLimit, "--evaluation-limit")}`);
  return demoSettings(flags.quick ? "quick" : "full", {
    overrides,
    withoutModel: !flags.model,
    ...(flags.out === undefined ? {} : { out: flags.out }),
  });
}

function printPlan(context: CliContext, settings: DemoSettings): void {
  const steps = demoPlan(settings);
  for (const [index, step] of steps.entries())
    context.print(`${String(index + 1).padStart(2)}  ${step.estimate.toFixed(0).padStart(5)} s  ${step.title}`);
  const total = steps.reduce((sum, step) => sum + step.estimate, 0);
  context.print(`${steps.length} steps, about ${formatMinutes(total)} on 2 idle cores (profile ${settings.profile})`);
}

export function registerDemoCommand(program: Command, context: CliContext): void {
  program
    .command("demo")
    .description("run the whole pipeline offline on the shared corpora and write one report (out/demo/index.html)")
    .option("--quick", "the small profile: a first end-to-end result in a few minutes")
    .option("--plan", "print the steps with their estimated seconds and stop")
    .option(
      "--set <key=value>",
      "override one size of the profile (repeatable), e.g. --set articlesPerNation=10 --set nations=GB,DE",
      collect,
      [],
    )
    .option("--out <folder>", "reports and exports (default out/demo)")
    .option("--articles-per-nation <n>", "articles per nation for statement extraction (= --set articlesPerNation=n)")
    .option("--evaluation-limit <n>", "items per evaluation set (= --set evaluationLimit=n)")
    .option("--no-model", "skip the steps that need the local GGUF model")
    .option("--from <step>", "start at this step number (the runs before it are kept; stages resume)", "1")
    .action(async (flags: DemoFlags) => {
      const settings = settingsOf(flags);
      if (flags.plan) return printPlan(context, settings);
      await runDemo(context, settings, positiveIntegerFlag(flags.from, "--from"));
    });
}
