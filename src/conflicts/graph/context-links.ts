// Context links between articles of one nation, which carry no stance: semantic (k-NN over article embeddings) and
// social (shared speakers/organisations); geo links are in geo-links.ts. They can close a cycle, never make it conflict.
import type { EmbeddingModel } from "../../models/embedding/embedding-model.js";
import type { GraphBuildOptions } from "../settings.js";
import type { ArticleInput, StatementInput } from "./inputs.js";
import { featureLinks, linkId, type LinkRow } from "./link-rows.js";
import { sharedFeatureLinks } from "./shared-features.js";
import { embedByLanguage, nearestPairs } from "./vectors.js";

export async function semanticLinks(
  runId: string,
  articles: readonly ArticleInput[],
  nationOf: ReadonlyMap<string, string>,
  embedding: EmbeddingModel,
  options: { neighbours: number; threshold: number },
): Promise<LinkRow[]> {
  const vectors = await embedByLanguage(
    embedding,
    articles.map((article) => `${article.title}\n${article.text}`),
    articles.map((article) => article.language),
  );
  const pairs = nearestPairs(
    vectors,
    articles.map((article) => nationOf.get(article.id)!),
    options.neighbours,
    options.threshold,
  );
  return pairs.map((pair) => {
    const [source, target] = [articles[pair.left]!.id, articles[pair.right]!.id];
    return {
      id: linkId(runId, "semantic", source, target),
      source,
      target,
      kind: "semantic",
      weight: pair.similarity,
      why: `article embeddings cosine ${pair.similarity.toFixed(3)} (${embedding.id})`,
    };
  });
}

export function socialLinks(
  runId: string,
  statements: readonly StatementInput[],
  groupOf: (article: string) => string,
  options: GraphBuildOptions["social"],
): LinkRow[] {
  const actors = new Map<string, Set<string>>();
  for (const statement of statements) {
    const set = actors.get(statement.articleId) ?? new Set<string>();
    for (const actor of [...statement.speakers, ...statement.organizations]) set.add(actor);
    actors.set(statement.articleId, set);
  }
  const shared = sharedFeatureLinks(actors, groupOf, { k: options.neighbours, ...options });
  return featureLinks(runId, "social", shared, 2 * options.minimumScore);
}
