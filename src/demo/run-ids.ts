// The demo's fixed run ids, so re-running the demo resumes and refreshes instead of piling up runs, and the report
// finds what the demo made.
export const DEMO_RUNS = {
  topics: (nation: string) => `demo-topics-${nation}`,
  screening: (nation: string) => `demo-screening-${nation}`,
  statements: (nation: string) => `demo-statements-${nation}`,
  conflicts: "demo-conflicts",
  conflictsAblation: "demo-conflicts-ablation",
  evaluation: "demo-evaluation",
  evaluationGraph: "demo-evaluation-graph",
} as const;

/** Every demo Run id starts with this. */
export const DEMO_RUN_PREFIX = "demo-";
