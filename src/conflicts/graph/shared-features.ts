// Links from shared discrete features (places, speakers, organisations): two articles are linked when they share
// features, scored by the features' inverse document frequency so ubiquitous ones ("China" in every MFA page)
// weigh little; each article keeps its top-k partners above a minimum score.
export interface SharedFeatureLink {
  source: string;
  target: string;
  score: number;
  shared: string[];
}

export function sharedFeatureLinks(
  features: ReadonlyMap<string, ReadonlySet<string>>,
  groupOf: (article: string) => string,
  options: { k: number; minimumScore: number; maximumDocumentShare: number },
): SharedFeatureLink[] {
  const holders = new Map<string, string[]>();
  for (const [article, set] of features)
    for (const feature of set) holders.set(feature, [...(holders.get(feature) ?? []), article]);
  const total = features.size;
  const scores = new Map<string, SharedFeatureLink>();
  for (const [feature, articles] of holders) {
    if (articles.length < 2 || articles.length / total > options.maximumDocumentShare) continue;
    const weight = Math.log(total / articles.length) + 1;
    for (let first = 0; first < articles.length; first += 1) {
      for (let second = first + 1; second < articles.length; second += 1) {
        const [source, target] = [articles[first]!, articles[second]!].sort();
        if (groupOf(source!) !== groupOf(target!)) continue;
        const key = `${source}\u0000${target}`;
        const link = scores.get(key) ?? { source: source!, target: target!, score: 0, shared: [] };
        link.score += weight;
        link.shared.push(feature);
        scores.set(key, link);
      }
    }
  }
  const best = new Map<string, SharedFeatureLink[]>();
  for (const link of scores.values()) {
    if (link.score < options.minimumScore) continue;
    for (const end of [link.source, link.target]) best.set(end, [...(best.get(end) ?? []), link]);
  }
  const kept = new Set<SharedFeatureLink>();
  for (const links of best.values()) {
    links.sort(
      (left, right) => right.score - left.score || (left.source + left.target < right.source + right.target ? -1 : 1),
    );
    for (const link of links.slice(0, options.k)) kept.add(link);
  }
  return [...kept].map((link) => ({ ...link, shared: [...link.shared].sort() }));
}
