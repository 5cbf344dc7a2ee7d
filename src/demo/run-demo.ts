// Runs the demo plan: numbered steps with titles and timings, from step `from` on; a failing optional step is
// reported and the demo goes on; at the end, what was not done and where the reports are.
import type { Session } from "../pipeline/session.js";
import { NavabError } from "../shared/errors.js";
import { demoPlan, type DemoSettings } from "./plan.js";

export async function runDemo(session: Session, settings: DemoSettings, from = 1): Promise<{ failed: string[] }> {
  const steps = demoPlan(settings);
  const failed: string[] = [];
  const started = Date.now();
  for (const [index, step] of steps.entries()) {
    if (index + 1 < from) continue;
    session.print(`\n== ${index + 1}/${steps.length} ${step.title}`);
    const stepStarted = Date.now();
    try {
      await step.run(session);
    } catch (error) {
      if (!step.optional) throw error;
      const message = error instanceof NavabError ? error.message : String((error as Error).stack ?? error);
      failed.push(`${step.title}: ${message}`);
      session.print(`   not done: ${message}`);
    }
    session.print(`   (${((Date.now() - stepStarted) / 1000).toFixed(1)} s)`);
  }
  session.print(`\nnavab demo finished in ${((Date.now() - started) / 60_000).toFixed(1)} min.`);
  for (const line of failed) session.print(`  not done: ${line}`);
  session.print(`Reports and exports: ${settings.out}/ (topics/, conflicts.md, triples/, evaluation.html, dpo/)`);
  session.print("Auditor UI and GraphQL: run `npx navab serve`, then open the printed /ui/auditor and /sandbox pages.");
  return { failed };
}
