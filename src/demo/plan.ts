// The end-to-end demo as data: the ordered CLI steps that run the whole NaVAB pipeline offline on the corpora.
export interface DemoSettings {
  /** Output folder for reports and exports. */
  out: string;
  /** Articles per nation sent through statement extraction with the local model. */
  articlesPerNation: number;
  /** Topic outliers per nation tagged by InsTag with the local model. */
  instagPerNation: number;
  /** Items per evaluation set scored with the local model. */
  evaluationLimit: number;
  /** Skip every step that needs the local GGUF model (topics keep keyword labels). */
  withoutModel: boolean;
}

export interface DemoStep {
  title: string;
  argv: string[];
  /** A failing optional step is reported and the demo goes on. */
  optional?: boolean;
  needsModel?: boolean;
}

export const DEMO_NATIONS = ["GB", "CN", "DE", "FR", "US"] as const;

export const DEMO_DEFAULTS: DemoSettings = {
  out: "out/demo",
  articlesPerNation: 6,
  instagPerNation: 24,
  evaluationLimit: 20,
  withoutModel: false,
};

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
  const llm = settings.withoutModel ? [] : ["--llm", "local", "--instag-limit", String(settings.instagPerNation)];
  const steps: DemoStep[] = [
    { title: "start the embedded Neo4j 5.26 + APOC", argv: ["db", "start"] },
    { title: "provision the offline GGUF chat model", argv: ["llm", "provision"], needsModel: true },
    { title: "ingest every corpus", argv: ["ingest", "--all"] },
    { title: "count what landed", argv: ["stats"] },
    ...DEMO_NATIONS.map((nation) => ({
      title: `topics of ${nation}`,
      argv: ["topics", "run", "--nation", nation, "--run-id", DEMO_RUNS.topics(nation), ...llm],
    })),
    { title: "topic reports", argv: ["topics", "report", "--out", `${out}/topics`] },
    { title: "screen topics for values (LLM, in-context)", argv: ["screen", "topics"], needsModel: true },
    ...DEMO_NATIONS.map((nation) => ({
      title: `statements, sources and triples of ${nation}`,
      argv: [
        "statements",
        "run",
        "--accepted-topics",
        "--trust-screening",
        "--nation",
        nation,
        "--limit",
        String(settings.articlesPerNation),
        "--run-id",
        DEMO_RUNS.statements(nation),
      ],
      needsModel: true,
      optional: true,
    })),
    { title: "conflict reduction (5 rounds)", argv: ["conflicts", "run", "--run-id", DEMO_RUNS.conflicts] },
    {
      title: "ablation: the same graph without conflict reduction",
      argv: ["conflicts", "run", "--run-id", DEMO_RUNS.conflictsAblation, "--without-conflict-reduction"],
    },
    {
      title: "conflict report",
      argv: ["conflicts", "report", "--run-id", DEMO_RUNS.conflicts, "--out", `${out}/conflicts.md`],
    },
    { title: "export triples (10 sets)", argv: ["export", "triples", "--include-flagged", "--out", `${out}/triples`] },
    {
      title: "evaluate the local model (MC by perplexity)",
      argv: [
        "eval",
        "run",
        "--sets",
        "reference,probvaa,graph",
        "--methods",
        "mc",
        "--limit",
        String(settings.evaluationLimit),
        "--run-id",
        DEMO_RUNS.evaluation,
      ],
      needsModel: true,
    },
    {
      title: "evaluation report",
      argv: ["eval", "report", "--run", DEMO_RUNS.evaluation, "--out", `${out}/evaluation.html`],
      needsModel: true,
    },
    {
      title: "DPO export (LLaMA-Factory, TRL, OpenAI)",
      argv: ["export", "dpo", "--from", "reference", "--out", `${out}/dpo`],
    },
  ];
  // Past the ingest, one stage that cannot run (e.g. no statement survived the local model) must not hide the
  // others: every later step reports its failure and the demo goes on.
  const ingested = steps.findIndex((step) => step.argv[0] === "stats");
  const robust = steps.map((step, index) => (index > ingested ? { ...step, optional: true } : step));
  return settings.withoutModel ? robust.filter((step) => !step.needsModel) : robust;
}
