// Runs the demo plan: an overall step counter with the time left (the plan's estimates, scaled by how the finished
// steps compared with theirs), per-step timings written to <out>/demo-run.json after every step (the report's
// run record), from step `from` on; a failing optional step is reported and the demo goes on; the embedder
// sidecar is stopped at the end, whatever happened, unless it ran before the demo.
import { mkdirSync } from "node:fs";
import { loadavg } from "node:os";
import { sidecarStatus } from "../models/embedding/e5/sidecar.js";
import type { Session } from "../pipeline/session.js";
import { stopEmbedder } from "../pipeline/setup.js";
import { NavabError } from "../shared/errors.js";
import { DEMO_SETTINGS_VERSION, type DemoSettings } from "./demo-settings.js";
import { demoPlan, type DemoStep } from "./plan.js";
import { readDemoRecord, writeDemoRecord, type DemoRecord, type DemoStepRecord } from "./demo-record.js";
import { timeLeft, formatMinutes } from "./estimate.js";

export async function runDemo(
  session: Session,
  settings: DemoSettings,
  from = 1,
  steps: DemoStep[] = demoPlan(settings),
): Promise<{ failed: string[] }> {
  const failed: string[] = [];
  const started = Date.now();
  mkdirSync(settings.out, { recursive: true });
  const record: DemoRecord = {
    profile: settings.profile,
    settingsVersion: DEMO_SETTINGS_VERSION,
    settings,
    startedAt: new Date(started).toISOString(),
    loadAverageAtStart: loadavg(),
    node: process.version,
    // A resumed demo (--from N) keeps the earlier steps of the previous record.
    steps: (readDemoRecord(settings.out)?.steps ?? []).filter((entry) => entry.number < from),
  };
  const estimated = steps.reduce((total, step) => total + step.estimate, 0);
  session.print(
    `navab demo (${settings.profile}): ${steps.length} steps, about ${formatMinutes(estimated)} on 2 idle cores`,
  );
  // The sidecar is started by the embedder step or, on a resumed demo, by the first stage that embeds statements.
  const embedderWasRunning = sidecarStatus(session.settings().home).running;
  try {
    for (const [index, step] of steps.entries()) {
      if (index + 1 < from) continue;
      const left = timeLeft(steps.slice(index), record.steps);
      session.print(
        `\n== step ${index + 1}/${steps.length}: ${step.title} — ${formatMinutes((Date.now() - started) / 1000)} elapsed, about ${formatMinutes(left)} left`,
      );
      const stepStarted = Date.now();
      const entry: DemoStepRecord = {
        number: index + 1,
        title: step.title,
        stage: step.stage,
        estimate: step.estimate,
        seconds: 0,
        status: "done",
      };
      try {
        await step.run(session);
      } catch (error) {
        if (!step.optional) throw error;
        const message = error instanceof NavabError ? error.message : String((error as Error).stack ?? error);
        failed.push(`${step.title}: ${message}`);
        entry.status = "failed";
        entry.error = message;
        session.print(`   not done: ${message}`);
      }
      entry.seconds = (Date.now() - stepStarted) / 1000;
      record.steps.push(entry);
      writeDemoRecord(settings.out, { ...record, loadAverageAtEnd: loadavg() });
      session.print(`   (${entry.seconds.toFixed(1)} s; estimated ${step.estimate.toFixed(0)} s)`);
    }
  } finally {
    if (!embedderWasRunning) await stopEmbedder(session);
  }
  const minutes = (Date.now() - started) / 60_000;
  writeDemoRecord(settings.out, {
    ...record,
    finishedAt: new Date().toISOString(),
    minutes,
    loadAverageAtEnd: loadavg(),
  });
  session.print(`\nnavab demo finished in ${minutes.toFixed(1)} min.`);
  for (const line of failed) session.print(`  not done: ${line}`);
  session.print(
    `The report: ${settings.out}/index.html (also: navab report). Run record: ${settings.out}/demo-run.json`,
  );
  session.print("Auditor UI and GraphQL: run `npx navab serve`, then open the printed /ui/auditor and /sandbox pages.");
  return { failed };
}
