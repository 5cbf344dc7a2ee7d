// The end-to-end demo as typed code: the ordered pipeline steps (src/pipeline/) that run the whole NaVAB pipeline
// offline on the corpora, each with typed options — no command lines are replayed.
import { z } from "zod";
import { DPO_EXPORT_DEFAULTS, DPO_FORMATS, DPO_VARIANTS } from "../export/index.js";
import { resolveSettings, settingsFile } from "../kernel/index.js";
import { conflictReportStep, conflictsRunStep } from "../pipeline/conflicts.js";
import { evaluationReportStep, evaluationStep } from "../pipeline/evaluation.js";
import { exportDpoStep } from "../pipeline/export.js";
import { ingestStep, statsStep } from "../pipeline/ingest.js";
import { DEFAULT_EMBEDDER } from "../pipeline/models.js";
import type { Session } from "../pipeline/session.js";
import { provisionChatModel, startDatabase } from "../pipeline/setup.js";
import { exportTriplesStep, screenStep, statementsStep } from "../pipeline/statements.js";
import { topicReportsStep, topicsStep } from "../pipeline/topics.js";

const demoSettingsSchema = z.object({
  /** Output folder for reports and exports. */
  out: z.string().min(1),
  /** Articles per nation sent through statement extraction with the local model. */
  articlesPerNation: z.number().int().positive(),
  /** Topic outliers per nation tagged by InsTag with the local model. */
  instagPerNation: z.number().int().positive(),
  /** Items per evaluation set scored with the local model. */
  evaluationLimit: z.number().int().positive(),
});

export type DemoSettings = z.infer<typeof demoSettingsSchema> & {
  /** Skip every step that needs the local GGUF model (topics keep keyword labels). */
  withoutModel: boolean;
};

export const DEMO_DEFAULTS: DemoSettings = {
  ...resolveSettings("demo", settingsFile("demo", "demo", 1, demoSettingsSchema)).settings,
  withoutModel: false,
};

/** The pipeline stages a demo step belongs to. */
export type DemoStage = "setup" | "ingest" | "topics" | "screen" | "statements" | "conflicts" | "export" | "evaluation";

export interface DemoStep {
  title: string;
  stage: DemoStage;
  run(session: Session): Promise<unknown>;
  /** A failing optional step is reported and the demo goes on. */
  optional?: boolean;
  needsModel?: boolean;
}

export const DEMO_NATIONS = ["GB", "CN", "DE", "FR", "US"] as const;

/** Fixed run ids, so re-running the demo resumes and refreshes instead of piling up runs. */
export const DEMO_RUNS = {
  topics: (nation: string) => `demo-topics-${nation}`,
  statements: (nation: string) => `demo-statements-${nation}`,
  conflicts: "demo-conflicts",
  conflictsAblation: "demo-conflicts-ablation",
  evaluation: "demo-evaluation",
} as const;

export function demoPlan(settings: DemoSettings): DemoStep[] {
  const { out } = settings;
  const localChat = { backend: "local" } as const;
  const steps: DemoStep[] = [
    { title: "start the embedded Neo4j 5.26 + APOC", stage: "setup", run: (session) => startDatabase(session) },
    {
      title: "provision the offline GGUF chat model",
      stage: "setup",
      needsModel: true,
      run: (session) => provisionChatModel(session),
    },
    { title: "ingest every corpus", stage: "ingest", run: (session) => ingestStep(session, { all: true }) },
    { title: "count what landed", stage: "ingest", run: (session) => statsStep(session) },
    ...DEMO_NATIONS.map((nation): DemoStep => ({
      title: `topics of ${nation}`,
      stage: "topics",
      run: (session) =>
        topicsStep(session, {
          nation,
          runId: DEMO_RUNS.topics(nation),
          embedder: DEFAULT_EMBEDDER,
          cache: true,
          ...(settings.withoutModel
            ? {}
            : { chat: localChat, settings: { instag: { maximumDocuments: settings.instagPerNation } } }),
        }),
    })),
    { title: "topic reports", stage: "topics", run: (session) => topicReportsStep(session, { out: `${out}/topics` }) },
    {
      title: "screen topics for values (LLM, in-context)",
      stage: "screen",
      needsModel: true,
      run: (session) => screenStep(session, { chat: {}, cache: true }),
    },
    ...DEMO_NATIONS.map((nation): DemoStep => ({
      title: `statements, sources and triples of ${nation}`,
      stage: "statements",
      needsModel: true,
      optional: true,
      run: (session) =>
        statementsStep(session, {
          chat: {},
          cache: true,
          run: { runId: DEMO_RUNS.statements(nation) },
          selection: { acceptedTopics: true, trustScreening: true, nation, limit: settings.articlesPerNation },
        }),
    })),
    {
      title: "conflict reduction (5 rounds)",
      stage: "conflicts",
      run: (session) =>
        conflictsRunStep(session, {
          graph: { runId: DEMO_RUNS.conflicts },
          embedder: DEFAULT_EMBEDDER,
          ...(settings.withoutModel ? {} : { chat: localChat }),
        }),
    },
    {
      title: "ablation: the same graph without conflict reduction",
      stage: "conflicts",
      run: (session) =>
        conflictsRunStep(session, {
          graph: { runId: DEMO_RUNS.conflictsAblation },
          embedder: DEFAULT_EMBEDDER,
          ...(settings.withoutModel ? {} : { chat: localChat }),
          withoutConflictReduction: true,
        }),
    },
    {
      title: "conflict report",
      stage: "conflicts",
      run: (session) => conflictReportStep(session, { runId: DEMO_RUNS.conflicts, out: `${out}/conflicts.md` }),
    },
    {
      title: "export triples (10 sets)",
      stage: "export",
      run: (session) => exportTriplesStep(session, { format: "jsonl", out: `${out}/triples`, includeFlagged: true }),
    },
    {
      title: "evaluate the local model (MC by perplexity)",
      stage: "evaluation",
      needsModel: true,
      run: (session) =>
        evaluationStep(session, {
          runId: DEMO_RUNS.evaluation,
          sets: ["reference", "probvaa", "graph"],
          methods: ["mc"],
          limitPerSet: settings.evaluationLimit,
          graphFilter: { conflictRunId: DEMO_RUNS.conflicts },
          scorer: { backend: "local", prefixReuse: true },
          database: true,
        }),
    },
    {
      title: "evaluation report",
      stage: "evaluation",
      needsModel: true,
      run: (session) => evaluationReportStep(session, { run: DEMO_RUNS.evaluation, out: `${out}/evaluation.html` }),
    },
    {
      title: "DPO export (LLaMA-Factory, TRL, OpenAI)",
      stage: "export",
      run: (session) =>
        exportDpoStep(session, {
          source: { from: "reference" },
          formats: [...DPO_FORMATS],
          variants: [...DPO_VARIANTS],
          out: `${out}/dpo`,
          seed: DPO_EXPORT_DEFAULTS.seed,
          trainShare: DPO_EXPORT_DEFAULTS.trainShare,
        }),
    },
  ];
  // Past the ingest, one stage that cannot run (e.g. no statement survived the local model) must not hide the
  // others: every later step reports its failure and the demo goes on.
  const ingested = steps.findIndex((step) => step.title === "count what landed");
  const robust = steps.map((step, index) => (index > ingested ? { ...step, optional: true } : step));
  return settings.withoutModel ? robust.filter((step) => !step.needsModel) : robust;
}
