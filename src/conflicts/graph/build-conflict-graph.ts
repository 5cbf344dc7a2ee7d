// Stage: the conflict knowledge graph per nation (NaVAB §3.4 Step II): Article nodes joined by statement links
// (same value, with each side's stance), semantic links (k-NN over article embeddings), geo links (shared
// gazetteer places) and social links (shared speakers/organisations). Every link records kind, weight and why.
// Stage `conflicts.graph`; resume rule "replace" (link ids are deterministic under the run's prefix).
import type { CypherExecutor } from "../../database/executor.js";
import { requireModel, stageFunction, type StageContext, type StageDefinition } from "../../kernel/index.js";
import { thresholdsFor } from "../../models/embedding/embedder-thresholds.js";
import { InputError } from "../../shared/errors.js";
import { GRAPH_SETTINGS, type GraphBuildOptions } from "../settings.js";
import { loadArticles, loadStatements } from "./inputs.js";
import { featureLinks, linkId, statementLinks, type LinkRow } from "./link-rows.js";
import { loadGazetteer, placeMatcher } from "./places.js";
import { promptVersionOf } from "../../llm/prompt-file.js";
import { claimGroups, matchSameValue, sameValuePrompt } from "./same-value.js";
import { sharedFeatureLinks } from "./shared-features.js";
import { embedByLanguage, nearestPairs } from "./vectors.js";

export interface GraphBuildInput {
  /** The conflict run: its LINK ids start with `<runId>/`, its scope is `(:Statement)-[:JUDGED_IN]->(:Run {id})`. */
  runId: string;
  /** Nation codes to include (absent: every nation). */
  nations?: string[];
  /** Only statements of this statements run (absent: every usable statement). */
  statementRunId?: string;
}

export interface GraphBuildResult {
  runId: string;
  statements: number;
  articles: number;
  links: Record<"statement" | "semantic" | "geo" | "social", number>;
  llmChecks: number;
  droppedCandidates: number;
}

async function run(context: StageContext<GraphBuildInput, GraphBuildOptions>): Promise<GraphBuildResult> {
  const { input, settings: options, runId } = context;
  const { executor, models } = context.dependencies;
  const articleEmbedding = requireModel("conflicts.graph", models, "embedder");
  const embedding = models.statementEmbedder ?? articleEmbedding;
  const thresholds = resolvedThresholds(options, embedding.id, articleEmbedding.id);
  const chat = models.chat;
  const progress = context.progress;
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
  progress.start("conflict graph: same-value statements", 4);
  const matched = await matchSameValue(
    statements,
    { embedding, ...(chat ? { chat } : {}) },
    { ...options.sameValue, ...thresholds.sameValue },
    context.llm,
  );
  const claims = claimGroups(
    statements.map((statement) => statement.id),
    matched.pairs,
  );
  const links: LinkRow[] = statementLinks(runId, matched.pairs, byId, claims);
  progress.update(1);
  const articles = await loadArticles(executor, articleIds, options.articleCharacters);
  const vectors = await embedByLanguage(
    articleEmbedding,
    articles.map((article) => `${article.title}\n${article.text}`),
    articles.map((article) => article.language),
  );
  for (const pair of nearestPairs(
    vectors,
    articles.map((article) => nationOf.get(article.id)!),
    options.semantic.neighbours,
    thresholds.semantic,
  )) {
    const [source, target] = [articles[pair.left]!.id, articles[pair.right]!.id];
    links.push({
      id: linkId(runId, "semantic", source, target),
      source,
      target,
      kind: "semantic",
      weight: pair.similarity,
      why: `article embeddings cosine ${pair.similarity.toFixed(3)} (${articleEmbedding.id})`,
    });
  }
  progress.update(2);
  const matcher = placeMatcher(gazetteer);
  const places = new Map(
    articles.map((article) => [article.id, matcher.withCountries(`${article.title}\n${article.text}`)]),
  );
  const groupOf = (article: string): string => nationOf.get(article) ?? "unknown";
  const geo = sharedFeatureLinks(places, groupOf, { k: options.geo.neighbours, ...options.geo });
  links.push(...featureLinks(runId, "geo", geo, 2 * options.geo.minimumScore));
  progress.update(3);
  const actors = new Map<string, Set<string>>();
  for (const statement of statements) {
    const set = actors.get(statement.articleId) ?? new Set<string>();
    for (const actor of [...statement.speakers, ...statement.organizations]) set.add(actor);
    actors.set(statement.articleId, set);
  }
  const social = sharedFeatureLinks(actors, groupOf, { k: options.social.neighbours, ...options.social });
  links.push(...featureLinks(runId, "social", social, 2 * options.social.minimumScore));
  progress.update(4);
  progress.stop();
  await writeGraph(executor, runId, {
    statements,
    matched: matched.pairs,
    links,
    places,
    gazetteerVersion: gazetteer.version,
    gazetteer,
  });
  const count = (kind: LinkRow["kind"]): number => links.filter((link) => link.kind === kind).length;
  const result: GraphBuildResult = {
    runId,
    statements: statements.length,
    articles: articleIds.length,
    links: { statement: count("statement"), semantic: count("semantic"), geo: count("geo"), social: count("social") },
    llmChecks: matched.llmChecks,
    droppedCandidates: matched.dropped,
  };
  Object.assign(context.counts, {
    statements: result.statements,
    articles: result.articles,
    ...result.links,
    llmChecks: result.llmChecks,
  });
  return result;
}

export const graphStage: StageDefinition<GraphBuildInput, GraphBuildOptions, GraphBuildResult> = {
  name: "conflicts.graph",
  settings: GRAPH_SETTINGS,
  resume: "replace",
  runId: (input) => input.runId,
  versions: (_input, settings, dependencies) => {
    const { embedder, statementEmbedder, chat } = dependencies.models;
    const embedding = statementEmbedder ?? embedder;
    return {
      sameValuePrompt: promptVersionOf(sameValuePrompt(settings.sameValue.prompt)),
      gazetteer: loadGazetteer().version,
      embedding: embedding?.id ?? "none",
      articleEmbedding: embedder?.id ?? "none",
      ...(embedding && embedder
        ? { thresholds: resolvedThresholds(settings, embedding.id, embedder.id).description }
        : {}),
      chat: chat?.id ?? "none",
    };
  },
  describeInput: (input) => ({ nations: input.nations ?? null, statementRunId: input.statementRunId ?? null }),
  run,
};

export const buildConflictGraph = stageFunction(graphStage);

/**
 * The similarity thresholds of this build: the settings' own numbers, or — where the settings say null — the
 * calibrated ones of the embedder in use (src/models/embedding/settings/thresholds.v1.json), since cosines are not
 * comparable across embedders.
 */
export function resolvedThresholds(options: GraphBuildOptions, statementEmbedderId: string, articleEmbedderId: string) {
  const statement = thresholdsFor(statementEmbedderId);
  const article = thresholdsFor(articleEmbedderId);
  const sameValue = {
    candidateThreshold: options.sameValue.candidateThreshold ?? statement.candidate,
    acceptThreshold: options.sameValue.acceptThreshold ?? statement.accept,
  };
  const semantic = options.semantic.threshold ?? article.semantic;
  const description = `statement ${sameValue.candidateThreshold}/${sameValue.acceptThreshold} (${options.sameValue.acceptThreshold === null ? `${statement.entry}@${statement.version}` : "settings"}), semantic ${semantic} (${options.semantic.threshold === null ? `${article.entry}@${article.version}` : "settings"})`;
  return { sameValue, semantic, description };
}

async function writeGraph(
  executor: CypherExecutor,
  runId: string,
  graph: {
    statements: { id: string }[];
    matched: object[];
    links: LinkRow[];
    places: Map<string, Set<string>>;
    gazetteerVersion: string;
    gazetteer: ReturnType<typeof loadGazetteer>;
  },
): Promise<void> {
  const parameters = { runId, gazetteerVersion: graph.gazetteerVersion };
  const placeById = new Map(graph.gazetteer.places.map((place) => [place.id, place]));
  const placeRows = [...graph.places].flatMap(([articleId, ids]) =>
    [...ids].map((id) => ({
      articleId,
      placeId: `place:${id}`,
      name: placeById.get(id)?.names[0] ?? id,
      country: placeById.get(id)?.country ?? null,
    })),
  );
  await executor.writeBatches("conflicts/merge-places", placeRows, { parameters });
  await executor.writeBatches("conflicts/merge-same-value", graph.matched, { parameters });
  const rows = graph.links.map((link) => ({
    claim: null,
    sourceStatement: null,
    targetStatement: null,
    sourceStance: null,
    targetStance: null,
    sign: null,
    ...link,
  }));
  await executor.writeBatches("conflicts/merge-links", rows, { parameters, batchSize: 5000 });
  await executor.writeBatches(
    "conflicts/merge-scope",
    graph.statements.map((statement) => statement.id),
    { parameters, batchSize: 5000 },
  );
}
