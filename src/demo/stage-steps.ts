// The demo's steps per pipeline stage (topics, screening and statements per nation, conflict runs, evaluation,
// DPO exports), each with typed options and its estimate from the demo's sizes and seconds per unit.
import { DPO_EXPORT_DEFAULTS, DPO_FORMATS, DPO_VARIANTS } from "../export/index.js";
import { conflictReportStep, conflictsRunStep } from "../pipeline/conflicts.js";
import { evaluationReportStep, evaluationStep } from "../pipeline/evaluation.js";
import { exportDpoStep } from "../pipeline/export.js";
import { DEFAULT_EMBEDDER } from "../pipeline/models.js";
import { screenStep, statementsStep } from "../pipeline/statements.js";
import { topicsStep } from "../pipeline/topics.js";
import { verifyPrelabelStep, verifyPrepareStep } from "../pipeline/verify.js";
import type { DemoSettings } from "./demo-settings.js";
import type { DemoStep } from "./plan.js";
import { DEMO_RUNS } from "./run-ids.js";

const localChat = { backend: "local" } as const;

export function topicSteps(settings: DemoSettings): DemoStep[] {
  const { secondsPer: rate } = settings;
  const withLabels = settings.topicLabels && !settings.withoutModel;
  // InsTag needs the model too, but not the labels: each is switched on its own.
  const withInstag = settings.instagPerNation > 0 && !settings.withoutModel;
  return settings.nations.map((nation) => ({
    title: `topics of ${nation}`,
    stage: "topics",
    estimate:
      rate.topicScope +
      Math.min(settings.topicSamplePerNation, settings.corpusArticles[nation] ?? 0) * rate.topicDocument +
      Math.max(0, (settings.corpusArticles[nation] ?? 0) - settings.topicSamplePerNation) * rate.topicAssignedDocument +
      (withLabels ? rate.topicLabels : 0) +
      (withInstag ? settings.instagPerNation * rate.instagDocument : 0),
    run: (session) =>
      topicsStep(session, {
        nation,
        runId: DEMO_RUNS.topics(nation),
        embedder: DEFAULT_EMBEDDER,
        cache: true,
        settings: {
          sample: { above: settings.topicSamplePerNation, size: settings.topicSamplePerNation },
          instag: { enabled: withInstag, maximumDocuments: Math.max(1, settings.instagPerNation) },
          labels: { enabled: withLabels },
        },
        ...(withLabels || withInstag ? { chat: localChat } : {}),
      }),
  }));
}

export function articleSteps(settings: DemoSettings): DemoStep[] {
  const { secondsPer: rate } = settings;
  return settings.nations.flatMap((nation): DemoStep[] => [
    {
      title: `screen the ${settings.screenTopicsPerNation} largest topics of ${nation} for values (LLM, in-context)`,
      stage: "screen",
      needsModel: true,
      estimate: settings.screenTopicsPerNation * rate.screenedTopic,
      run: async (session) => {
        const topics = await session.withDatabase((executor) =>
          executor.read<{ id: string }>("demo/largest-topics", {
            runId: DEMO_RUNS.topics(nation),
            limit: settings.screenTopicsPerNation,
          }),
        );
        return screenStep(session, {
          chat: {},
          cache: true,
          run: { runId: DEMO_RUNS.screening(nation) },
          topicIds: topics.map((topic) => topic.id),
        });
      },
    },
    {
      title: `statements, sources and triples of ${settings.articlesPerNation} articles of ${nation}`,
      stage: "statements",
      needsModel: true,
      estimate: settings.articlesPerNation * rate.article,
      run: (session) =>
        statementsStep(session, {
          chat: {},
          cache: true,
          run: { runId: DEMO_RUNS.statements(nation) },
          selection: { acceptedTopics: true, trustScreening: true, nation, limit: settings.articlesPerNation },
        }),
    },
  ]);
}

export function conflictSteps(settings: DemoSettings): DemoStep[] {
  const { out, secondsPer: rate } = settings;
  const steps: DemoStep[] = [
    {
      title: "conflict reduction (5 rounds)",
      stage: "conflicts",
      estimate: rate.conflictRun,
      run: (session) =>
        conflictsRunStep(session, {
          graph: { runId: DEMO_RUNS.conflicts },
          embedder: DEFAULT_EMBEDDER,
          ...(settings.withoutModel ? {} : { chat: localChat }),
        }),
    },
  ];
  if (settings.ablation)
    steps.push({
      title: "ablation: the same graph without conflict reduction",
      stage: "conflicts",
      estimate: rate.conflictRun,
      run: (session) =>
        conflictsRunStep(session, {
          graph: { runId: DEMO_RUNS.conflictsAblation },
          embedder: DEFAULT_EMBEDDER,
          ...(settings.withoutModel ? {} : { chat: localChat }),
          withoutConflictReduction: true,
        }),
    });
  steps.push({
    title: "conflict report",
    stage: "conflicts",
    estimate: rate.report,
    run: (session) => conflictReportStep(session, { runId: DEMO_RUNS.conflicts, out: `${out}/conflicts.md` }),
  });
  const perNation = settings.verificationPrelabelsPerNation;
  if (perNation > 0 && !settings.withoutModel)
    steps.push({
      title: `verification sample and LLM pre-labels of ${perNation} statements per nation (Table 7)`,
      stage: "verify",
      needsModel: true,
      estimate: rate.verificationItem * perNation * settings.nations.length,
      run: async (session) => {
        await verifyPrepareStep(session, { conflictRunId: DEMO_RUNS.conflicts }, { sampleSize: perNation });
        await verifyPrelabelStep(session, {
          conflictRunId: DEMO_RUNS.conflicts,
          chat: localChat,
          settings: { limit: perNation },
        });
      },
    });
  return steps;
}

export function evaluationSteps(settings: DemoSettings): DemoStep[] {
  const { out, secondsPer: rate } = settings;
  const scorer = { backend: "local", prefixReuse: true } as const;
  return [
    {
      title: `evaluate the local model on the reference and ProbVAA sets (MC, ${settings.evaluationLimit} items each)`,
      stage: "evaluation",
      needsModel: true,
      estimate: 2 * settings.evaluationLimit * rate.mcItem,
      run: (session) =>
        evaluationStep(session, {
          runId: DEMO_RUNS.evaluation,
          sets: ["reference", "probvaa"],
          methods: ["mc"],
          limitPerSet: settings.evaluationLimit,
          scorer,
          database: true,
        }),
    },
    {
      title: `evaluate the local model on the pipeline's own triples (MC, up to ${settings.graphEvaluationLimit})`,
      stage: "evaluation",
      needsModel: true,
      estimate: settings.graphEvaluationLimit * rate.mcItem,
      run: (session) =>
        evaluationStep(session, {
          runId: DEMO_RUNS.evaluationGraph,
          sets: ["graph"],
          methods: ["mc"],
          limitPerSet: settings.graphEvaluationLimit,
          graphFilter: { conflictRunId: DEMO_RUNS.conflicts, includeFlagged: settings.includeFlaggedTriples },
          scorer,
          database: true,
        }),
    },
    ...[DEMO_RUNS.evaluation, DEMO_RUNS.evaluationGraph].map((run): DemoStep => ({
      title: `evaluation report ${run}`,
      stage: "evaluation",
      needsModel: true,
      estimate: rate.report,
      run: (session) => evaluationReportStep(session, { run, out: `${out}/${run}.html` }),
    })),
  ];
}

export function exportSteps(settings: DemoSettings): DemoStep[] {
  const { out, secondsPer: rate } = settings;
  const dpo = {
    formats: [...DPO_FORMATS],
    variants: [...DPO_VARIANTS],
    seed: DPO_EXPORT_DEFAULTS.seed,
    trainShare: DPO_EXPORT_DEFAULTS.trainShare,
  };
  return [
    {
      title: "DPO export of the pipeline's own triples (LLaMA-Factory, TRL, OpenAI)",
      stage: "export",
      estimate: rate.export,
      run: (session) =>
        exportDpoStep(session, {
          ...dpo,
          source: {
            from: "graph",
            conflictRunId: DEMO_RUNS.conflicts,
            includeFlagged: settings.includeFlaggedTriples,
          },
          out: `${out}/dpo/pipeline`,
        }),
    },
    {
      title: "DPO export of the authors' reference triples",
      stage: "export",
      estimate: rate.export,
      run: (session) => exportDpoStep(session, { ...dpo, source: { from: "reference" }, out: `${out}/dpo/reference` }),
    },
  ];
}
