// Generated conflict graphs for property tests and benchmarks: a planted-partition random graph (clusters with
// most links inside), one statement per article on one of its cluster's value claims, a majority stance per claim
// and a small share of deviating statements; statement links are signed from the two stances (+1 agree, −1
// disagree); deterministic for a seed.
import { fixtureId, fixtureLinkId, type FixtureGraph } from "./fixture-graph.js";
import { seededRandom } from "../../../src/shared/seeded-random.js";
import type { ConflictLink, LinkKind, Stance } from "../../../src/conflicts/types.js";

export interface GeneratedGraphOptions {
  articles: number;
  /** Links created per article (total links ≈ articles × linksPerArticle). */
  linksPerArticle: number;
  clusterSize: number;
  claimsPerCluster: number;
  /** Share of statements whose stance differs from their claim's majority. */
  deviationRate: number;
  /** Share of links inside the article's cluster. */
  insideShare: number;
  /** Share of same-claim candidate pairs that become statement links. */
  statementShare: number;
  seed: number;
}

export const GENERATED_DEFAULTS: GeneratedGraphOptions = {
  articles: 1000,
  linksPerArticle: 10,
  clusterSize: 50,
  claimsPerCluster: 3,
  deviationRate: 0.1,
  insideShare: 0.85,
  statementShare: 0.6,
  seed: 1,
};

const otherKinds: LinkKind[] = ["semantic", "geo", "social"];

export function generateConflictGraph(runId: string, overrides: Partial<GeneratedGraphOptions> = {}): FixtureGraph {
  const links: ConflictLink[] = [];
  const { articles, statements } = generateLinks(runId, overrides, (link) => links.push(link));
  return { runId, articles, statements, links };
}

/**
 * The same graph with each link handed to `onLink` as it is made (the in-memory bench keeps no object per link);
 * duplicates are found by a numeric key (kind, low, high) instead of a string per link.
 */
export function generateLinks(
  runId: string,
  overrides: Partial<GeneratedGraphOptions>,
  onLink: (link: ConflictLink) => void,
): Omit<FixtureGraph, "links"> {
  const options = { ...GENERATED_DEFAULTS, ...overrides };
  const random = seededRandom(options.seed);
  const pick = (count: number): number => Math.floor(random() * count);
  const width = String(options.articles).length;
  const articles = Array.from({ length: options.articles }, (_, index) =>
    fixtureId(runId, `a${String(index).padStart(width, "0")}`),
  );
  const claims = articles.map(
    (_, index) => `claim-${Math.floor(index / options.clusterSize)}-${pick(options.claimsPerCluster)}`,
  );
  const majority = new Map<string, Stance>();
  const stances = claims.map((claim) => {
    if (!majority.has(claim)) majority.set(claim, random() < 0.5 ? "support" : "oppose");
    const stance = majority.get(claim)!;
    return random() < options.deviationRate ? (stance === "support" ? "oppose" : "support") : stance;
  });
  const statements = articles.map((articleId, index) => ({
    id: fixtureId(runId, `s${index}`),
    articleId,
    stance: stances[index]!,
    claim: claims[index]!,
  }));
  const seen = new Set<number>();
  const kindCode = (kind: LinkKind): number => (kind === "statement" ? 0 : 1 + otherKinds.indexOf(kind));
  for (let index = 0; index < options.articles; index += 1) {
    const clusterStart = Math.floor(index / options.clusterSize) * options.clusterSize;
    const clusterLength = Math.min(options.clusterSize, options.articles - clusterStart);
    for (let made = 0; made < options.linksPerArticle; made += 1) {
      const partner = random() < options.insideShare ? clusterStart + pick(clusterLength) : pick(options.articles);
      if (partner === index) continue;
      const [low, high] = index < partner ? [index, partner] : [partner, index];
      const statement = claims[low] === claims[high] && random() < options.statementShare;
      const kind: LinkKind = statement ? "statement" : otherKinds[pick(otherKinds.length)]!;
      const key = (kindCode(kind) * options.articles + low) * options.articles + high;
      if (seen.has(key)) continue;
      seen.add(key);
      const link: ConflictLink = {
        id: fixtureLinkId(runId, `${kind}-${low}-${high}`),
        source: articles[low]!,
        target: articles[high]!,
        kind,
        weight: 0.5 + random() / 2,
      };
      if (statement) {
        Object.assign(link, {
          claim: claims[low],
          sourceStatement: statements[low]!.id,
          targetStatement: statements[high]!.id,
          sourceStance: stances[low],
          targetStance: stances[high],
          sign: stances[low] === stances[high] ? 1 : -1,
        });
      }
      onLink(link);
    }
  }
  return { runId, articles, statements };
}
