// Stage: the conflict knowledge graph per nation (NaVAB §3.4 Step II): Article nodes joined by statement links
// (same value, with each side's stance), semantic links (k-NN over article embeddings), geo links (shared
// gazetteer places) and social links (shared speakers/organisations). Every link records kind, weight and why.
import type { CypherExecutor } from "../../database/executor.js";
import type { ChatModel } from "../../models/chat/chat-model.js";
import type { EmbeddingModel } from "../../models/embedding/embedding-model.js";
import { finishRun, startRun } from "../../runs/run-record.js";
import { InputError } from "../../shared/errors.js";
import { silentProgress, type ProgressReporter } from "../../shared/progress.js";
import { GRAPH_DEFAULTS, type GraphBuildOptions } from "./defaults.js";
import { loadArticles, loadStatements } from "./inputs.js";
import { featureLinks, linkId, statementLinks, type LinkRow } from "./link-rows.js";
import { loadGazetteer, placeMatcher } from "./places.js";
import { promptVersionOf } from "../../llm/prompt-file.js";
import { claimGroups, matchSameValue, sameValuePrompt } from "./same-value.js";
import { sharedFeatureLinks } from "./shared-features.js";
import { embedByLanguage, nearestPairs } from "./vectors.js";

export interface GraphBuildDependencies {
  executor: CypherExecutor;
  /** Statement-level similarity (same-value candidates, claim grouping). */
  embedding: EmbeddingModel;
  /** Article-level similarity (semantic links); defaults to `embedding`. */
  articleEmbedding?: EmbeddingModel;
  /** LLM check of uncertain same-value pairs; without it only pairs above the accept threshold are kept. */
  chat?: ChatModel;
  progress?: ProgressReporter;
}

export interface GraphBuildResult {
  runId: string;
  statements: number;
  articles: number;
  links: Record<"statement" | "semantic" | "geo" | "social", number>;
  llmChecks: number;
  droppedCandidates: number;
}

export async function buildConflictGraph(
  input: { runId: string },
  overrides: Partial<GraphBuildOptions>,
  dependencies: GraphBuildDependencies,
): Promise<GraphBuildResult> {
  const options: GraphBuildOptions = { ...GRAPH_DEFAULTS, ...overrides };
  const { executor, embedding, chat } = dependencies;
  const articleEmbedding = dependencies.articleEmbedding ?? embedding;
  const progress = dependencies.progress ?? silentProgress;
  const gazetteer = loadGazetteer();
  const versions = {
    sameValuePrompt: promptVersionOf(sameValuePrompt(options.sameValue.prompt)),
    gazetteer: gazetteer.version,
    embedding: embedding.id,
    articleEmbedding: articleEmbedding.id,
    chat: chat?.id ?? "none",
  };
  await startRun(executor, { id: input.runId, stage: "conflicts-graph", config: { ...options }, versions });
  try {
    const statements = await loadStatements(executor, {
      nations: options.nations,
      statementRunId: options.statementRunId,
    });
    if (statements.length === 0)
      throw new InputError(
        "no valid statements with a stance to build a conflict graph from (run the statements stage first, or check --nations)",
      );
    const byId = new Map(statements.map((statement) => [statement.id, statement]));
    const nationOf = new Map(statements.map((statement) => [statement.articleId, statement.nation]));
    const articleIds = [...nationOf.keys()].sort();
    progress.start("conflict graph: same-value statements", 4);
    const matched = await matchSameValue(statements, { embedding, ...(chat ? { chat } : {}) }, options.sameValue);
    const claims = claimGroups(
      statements.map((statement) => statement.id),
      matched.pairs,
    );
    const links: LinkRow[] = statementLinks(input.runId, matched.pairs, byId, claims);
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
      options.semantic.threshold,
    )) {
      const [source, target] = [articles[pair.left]!.id, articles[pair.right]!.id];
      links.push({
        id: linkId(input.runId, "semantic", source, target),
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
    links.push(...featureLinks(input.runId, "geo", geo, 2 * options.geo.minimumScore));
    progress.update(3);
    const actors = new Map<string, Set<string>>();
    for (const statement of statements) {
      const set = actors.get(statement.articleId) ?? new Set<string>();
      for (const actor of [...statement.speakers, ...statement.organizations]) set.add(actor);
      actors.set(statement.articleId, set);
    }
    const social = sharedFeatureLinks(actors, groupOf, { k: options.social.neighbours, ...options.social });
    links.push(...featureLinks(input.runId, "social", social, 2 * options.social.minimumScore));
    progress.update(4);
    progress.stop();
    await writeGraph(executor, input.runId, {
      statements,
      matched: matched.pairs,
      links,
      places,
      gazetteerVersion: gazetteer.version,
      gazetteer,
    });
    const count = (kind: LinkRow["kind"]): number => links.filter((link) => link.kind === kind).length;
    const result: GraphBuildResult = {
      runId: input.runId,
      statements: statements.length,
      articles: articleIds.length,
      links: { statement: count("statement"), semantic: count("semantic"), geo: count("geo"), social: count("social") },
      llmChecks: matched.llmChecks,
      droppedCandidates: matched.dropped,
    };
    await finishRun(executor, input.runId, {
      status: "done",
      counts: {
        statements: result.statements,
        articles: result.articles,
        ...result.links,
        llmChecks: result.llmChecks,
      },
    });
    return result;
  } catch (error) {
    await finishRun(executor, input.runId, {
      status: "failed",
      error: error instanceof Error ? error.message : String(error),
    });
    throw error;
  }
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
    ...link,
  }));
  await executor.writeBatches("conflicts/merge-links", rows, { parameters, batchSize: 5000 });
  await executor.writeBatches(
    "conflicts/merge-scope",
    graph.statements.map((statement) => statement.id),
    { parameters, batchSize: 5000 },
  );
}
