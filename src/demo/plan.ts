// The end-to-end demo as typed code: the ordered pipeline steps (src/pipeline/) that run the whole NaVAB pipeline
// offline on the corpora, each with typed options and an estimate of its seconds from the demo's sizes and rates
// (settings/demo.v2.json) — no command lines are replayed.
import { ingestStep, statsStep } from "../pipeline/ingest.js";
import type { Session } from "../pipeline/session.js";
import { provisionChatModel, startDatabase, startEmbedder } from "../pipeline/setup.js";
import { exportTriplesStep } from "../pipeline/statements.js";
import { topicReportsStep } from "../pipeline/topics.js";
import { writeDemoReport } from "../report/write-report.js";
import type { DemoSettings } from "./demo-settings.js";
import { DEMO_RUNS } from "./run-ids.js";
import { articleSteps, conflictSteps, evaluationSteps, exportSteps, topicSteps } from "./stage-steps.js";

export { DEMO_RUNS };

/** The pipeline stages a demo step belongs to. */
export type DemoStage =
  "setup" | "ingest" | "topics" | "screen" | "statements" | "conflicts" | "verify" | "export" | "evaluation" | "report";

export interface DemoStep {
  title: string;
  stage: DemoStage;
  run(session: Session): Promise<unknown>;
  /** Estimated seconds on 2 idle cores (sizes × the settings' seconds per unit). */
  estimate: number;
  /** A failing optional step is reported and the demo goes on. */
  optional?: boolean;
  needsModel?: boolean;
}

export function demoPlan(settings: DemoSettings): DemoStep[] {
  const { out, secondsPer: rate } = settings;
  const steps: DemoStep[] = [
    {
      title: "start the embedded Neo4j 5.26 + APOC",
      stage: "setup",
      estimate: rate.databaseStart,
      run: (session) => startDatabase(session),
    },
    {
      title: "provision the offline GGUF chat model",
      stage: "setup",
      needsModel: true,
      estimate: rate.chatModel,
      run: (session) => provisionChatModel(session),
    },
    {
      title: "provision and start the multilingual-e5 embedder sidecar (statement similarity)",
      stage: "setup",
      estimate: rate.embedderStart,
      run: (session) => startEmbedder(session),
    },
    {
      title: "ingest every corpus",
      stage: "ingest",
      estimate: rate.ingest,
      run: (session) => ingestStep(session, { all: true }),
    },
    { title: "count what landed", stage: "ingest", estimate: 1, run: (session) => statsStep(session) },
    ...topicSteps(settings),
    {
      title: "topic reports",
      stage: "topics",
      estimate: rate.report,
      run: (session) => topicReportsStep(session, { out: `${out}/topics` }),
    },
    ...articleSteps(settings),
    ...conflictSteps(settings),
    {
      title: "export triples (10 sets)",
      stage: "export",
      estimate: rate.export,
      run: (session) => exportTriplesStep(session, { format: "jsonl", out: `${out}/triples`, includeFlagged: true }),
    },
    ...evaluationSteps(settings),
    ...exportSteps(settings),
    {
      title: "the report (index.html)",
      stage: "report",
      estimate: rate.report,
      run: (session) => writeDemoReport(session, { out }),
    },
  ];
  // Past the ingest, one stage that cannot run (e.g. no statement survived the local model) must not hide the
  // others: every later step reports its failure and the demo goes on.
  const ingested = steps.findIndex((step) => step.title === "count what landed");
  const robust = steps.map((step, index) => (index > ingested ? { ...step, optional: true } : step));
  return settings.withoutModel ? robust.filter((step) => !step.needsModel) : robust;
}
