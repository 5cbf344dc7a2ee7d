// Stage: the conflict knowledge graph per nation (NaVAB §3.4 Step II): Article nodes joined by statement links and
// context links. Statement links join statements about the same value claim (embedding candidates, checked by the
// same-value judge); each cluster gets one canonical claim, every member's stance toward it is judged (agreement
// judge), and a link is signed +1 (agree) or −1 (disagree) — so stances are comparable however each statement's own
// claim was phrased (issue 14 item 2). Context links: semantic, geo, social. Every link records kind, weight and why.
// Stage `conflicts.graph`; resume rule "replace" (link ids are deterministic under the run's prefix).
import {
  forEachItem,
  requireModel,
  stageFunction,
  type StageContext,
  type StageDefinition,
  type StageDependencies,
} from "../../kernel/index.js";
import { InputError } from "../../shared/errors.js";
import { GRAPH_SETTINGS, type GraphBuildOptions } from "../settings.js";
import {
  canonicalPairs,
  judgeStances,
  signPairs,
  type ForEach,
  type MemberStance,
  type SignedPair,
} from "../stance/claim-stances.js";
import type { ConflictJudges } from "../stance/judges.js";
import { agreementPrompt, llmAgreementJudge } from "../stance/llm-agreement-judge.js";
import { llmSameValueJudge, sameValuePrompt } from "../stance/llm-same-value-judge.js";
import { promptVersionOf } from "../../llm/prompt-file.js";
import { canonicalClaims } from "./canonical-claims.js";
import { semanticLinks, socialLinks } from "./context-links.js";
import { articlePlaces, geoLinks } from "./geo-links.js";
import { loadArticles, loadStatements } from "./inputs.js";
import { statementLinks, type LinkRow } from "./link-rows.js";
import { loadGazetteer } from "./places.js";
import { claimGroups, matchSameValue, withoutDuplicates } from "./same-value.js";
import { resolvedThresholds } from "./thresholds.js";
import { cosine } from "./vectors.js";
import { writeGraph } from "./write-graph.js";

export interface GraphBuildInput {
  /** The conflict run: its LINK ids start with `<runId>/`, its scope is `(:Statement)-[:JUDGED_IN]->(:Run {id})`. */
  runId: string;
  /** Nation codes to include (absent: every nation). */
  nations?: string[];
  /** Only statements of this statements run (absent: every usable statement). */
  statementRunId?: string;
}

export type GraphBuildDependencies = StageDependencies & {
  /** The judges to use (planted benchmarks pass the label oracle); default: LLM judges over `models.chat`. */
  judges?: ConflictJudges;
};

export interface GraphBuildResult {
  runId: string;
  statements: number;
  articles: number;
  links: Record<"statement" | "semantic" | "geo" | "social", number>;
  /** Value-claim clusters (two or more members) and member stances toward their canonical claim. */
  claims: number;
  stances: Record<"support" | "oppose" | "neutral", number>;
  sameValueChecks: number;
  droppedCandidates: number;
  /** Matched pairs without a link: a side neutral toward the claim, or judged about different claims (pairwise). */
  unsignedPairs: number;
}

type GraphContext = StageContext<GraphBuildInput, GraphBuildOptions, GraphBuildDependencies>;

function judgesOf(context: GraphContext): ConflictJudges {
  const { judges, models } = context.dependencies;
  if (judges !== undefined) return judges;
  if (models.chat === undefined) return {};
  const { sameValue, stance } = context.settings;
  return {
    sameValue: llmSameValueJudge(models.chat, {
      prompt: sameValue.prompt,
      retries: sameValue.retries,
      llm: context.llm,
    }),
    agreement: llmAgreementJudge(models.chat, { prompt: stance.prompt, retries: stance.retries, llm: context.llm }),
  };
}

async function run(context: GraphContext): Promise<GraphBuildResult> {
  const { input, settings: options, runId } = context;
  const { executor, models } = context.dependencies;
  const articleEmbedding = requireModel("conflicts.graph", models, "embedder");
  const embedding = models.statementEmbedder ?? articleEmbedding;
  const thresholds = resolvedThresholds(options, embedding.id, articleEmbedding.id);
  const judges = judgesOf(context);
  const forEach: ForEach = (step, items, work) =>
    forEachItem(context, step, items, options.execution.concurrency, work);
  const gazetteer = loadGazetteer();
  const statements = await loadStatements(executor, {
    nations: input.nations ?? null,
    statementRunId: input.statementRunId ?? null,
  });
  if (statements.length === 0)
    throw new InputError(
      "conflicts.graph: no valid statements with a stance to build a conflict graph from (run the statements stage first, or check --nations)",
    );
  const byId = new Map(statements.map((statement) => [statement.id, statement]));
  const nationOf = new Map(statements.map((statement) => [statement.articleId, statement.nation]));
  const articleIds = [...nationOf.keys()].sort();
  const matched = await matchSameValue(
    statements,
    { embedding, ...(judges.sameValue ? { judge: judges.sameValue } : {}) },
    { ...options.sameValue, ...thresholds.sameValue },
  );
  const groups = claimGroups([...byId.keys()], matched.pairs);
  const vectors = new Map(statements.map((statement, index) => [statement.id, matched.vectors[index]!]));
  const claims = canonicalClaims(runId, groups, vectors, embedding.id);
  let stances = new Map<string, MemberStance>();
  let signed: SignedPair[] = [];
  let pairs = matched.pairs;
  let unsignedPairs = matched.pairs.length;
  if (judges.agreement === undefined) {
    context.warn(
      "conflicts.graph: no agreement judge (no --llm), so no stance toward a canonical claim can be judged and no statement link is made",
    );
  } else {
    stances = await judgeStances(claims, byId, judges.agreement, forEach);
    pairs = withoutDuplicates([
      ...matched.pairs,
      ...canonicalPairs(
        claims,
        stances,
        (left, right) => cosine(vectors.get(left)!, vectors.get(right)!),
        judges.agreement,
      ),
    ]);
    const result = await signPairs(pairs, stances, byId, {
      method: options.stance.signs,
      judge: judges.agreement,
      forEach,
    });
    signed = result.signed;
    unsignedPairs = result.neutral + result.unrelated;
  }
  const links: LinkRow[] = statementLinks(runId, signed, byId, stances);
  const articles = await loadArticles(executor, articleIds, options.articleCharacters);
  links.push(
    ...(await semanticLinks(runId, articles, nationOf, articleEmbedding, {
      ...options.semantic,
      threshold: thresholds.semantic,
    })),
  );
  const groupOf = (article: string): string => nationOf.get(article) ?? "unknown";
  const places = articlePlaces(articles, gazetteer);
  links.push(...geoLinks(runId, places, groupOf, gazetteer, options.geo));
  links.push(...socialLinks(runId, statements, groupOf, options.social));
  const judge = judges.agreement ?? { modelId: "none", promptVersion: "none" };
  await writeGraph(executor, runId, {
    statements,
    pairs,
    signed,
    claims,
    stances,
    judge,
    links,
    places,
    gazetteer,
  });
  const result = summarise(runId, statements.length, articleIds.length, links, claims.length, stances, {
    sameValueChecks: matched.checks,
    droppedCandidates: matched.dropped,
    unsignedPairs,
  });
  if (result.links.statement === 0)
    context.warn(
      `conflicts.graph: 0 statement links (${matched.pairs.length} same-value pairs, ${claims.length} claims, ${unsignedPairs} pairs without a comparable stance), so the reduction cannot find a conflict`,
    );
  Object.assign(context.counts, {
    statements: result.statements,
    articles: result.articles,
    ...result.links,
    claims: result.claims,
    ...Object.fromEntries(Object.entries(result.stances).map(([stance, count]) => [`stance_${stance}`, count])),
    sameValueChecks: result.sameValueChecks,
    unsignedPairs,
  });
  return result;
}

function summarise(
  runId: string,
  statements: number,
  articles: number,
  links: readonly LinkRow[],
  claims: number,
  stances: ReadonlyMap<string, MemberStance>,
  rest: Pick<GraphBuildResult, "sameValueChecks" | "droppedCandidates" | "unsignedPairs">,
): GraphBuildResult {
  const count = (kind: LinkRow["kind"]): number => links.filter((link) => link.kind === kind).length;
  const stanceCounts = { support: 0, oppose: 0, neutral: 0 };
  for (const stance of stances.values()) stanceCounts[stance.stance] += 1;
  return {
    runId,
    statements,
    articles,
    links: { statement: count("statement"), semantic: count("semantic"), geo: count("geo"), social: count("social") },
    claims,
    stances: stanceCounts,
    ...rest,
  };
}

export const graphStage: StageDefinition<GraphBuildInput, GraphBuildOptions, GraphBuildResult, GraphBuildDependencies> =
  {
    name: "conflicts.graph",
    settings: GRAPH_SETTINGS,
    resume: "replace",
    runId: (input) => input.runId,
    versions: (_input, settings, dependencies) => ({
      sameValueJudge:
        dependencies.judges?.sameValue?.promptVersion ?? promptVersionOf(sameValuePrompt(settings.sameValue.prompt)),
      agreementJudge:
        dependencies.judges?.agreement?.promptVersion ?? promptVersionOf(agreementPrompt(settings.stance.prompt)),
      judgeModel: dependencies.judges?.agreement?.modelId ?? dependencies.models.chat?.id ?? "none",
      gazetteer: loadGazetteer().version,
      ...embeddingVersions(settings, dependencies.models),
      chat: dependencies.models.chat?.id ?? "none",
    }),
    describeInput: (input) => ({ nations: input.nations ?? null, statementRunId: input.statementRunId ?? null }),
    run,
  };

export const buildConflictGraph = stageFunction(graphStage);

/** The statement and article embedders of a build and the thresholds resolved for them (recorded on the Run). */
function embeddingVersions(settings: GraphBuildOptions, models: StageDependencies["models"]): Record<string, string> {
  const { embedder, statementEmbedder } = models;
  const embedding = statementEmbedder ?? embedder;
  return {
    embedding: embedding?.id ?? "none",
    articleEmbedding: embedder?.id ?? "none",
    ...(embedding && embedder
      ? { thresholds: resolvedThresholds(settings, embedding.id, embedder.id).description }
      : {}),
  };
}
