// Value clusters: Louvain communities (Blondel et al. 2008, graphology-communities-louvain) over the active
// links, parallel links summed into one weighted edge, with a seeded rng so every round is reproducible.
import { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";
import { seededRandom } from "../../shared/seeded-random.js";
import type { ConflictLink } from "../types.js";

// The package is CommonJS with an `export default` declaration: under NodeNext the default import is the module.
type Louvain = typeof louvainModule.default;
export const louvain: Louvain =
  (louvainModule as unknown as { default?: Louvain }).default ?? (louvainModule as unknown as Louvain);

export interface CommunityOptions {
  seed: number;
  resolution: number;
}

/** Article id → community label; links are visited in id order so the result depends only on the seed. */
export function detectCommunities(links: readonly ConflictLink[], options: CommunityOptions): Map<string, string> {
  const graph = new UndirectedGraph();
  // Links come from the store in id order; sort a copy only when they do not (a copy of 10M links is costly).
  const sorted = links.every((link, index) => index === 0 || links[index - 1]!.id < link.id);
  const ordered = sorted
    ? links
    : [...links].sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
  for (const link of ordered) {
    graph.mergeNode(link.source);
    graph.mergeNode(link.target);
    graph.updateEdge(link.source, link.target, (attributes) => ({
      weight: ((attributes.weight as number | undefined) ?? 0) + link.weight,
    }));
  }
  if (graph.size === 0) return new Map();
  const mapping = louvain(graph, {
    getEdgeWeight: "weight",
    resolution: options.resolution,
    rng: seededRandom(options.seed),
  });
  return new Map(Object.entries(mapping).map(([node, community]) => [node, `c${community}`]));
}

/** Sets each link's `community` in place (one community for both endpoints, else null); returns the same array. */
export function setCommunities<Link extends ConflictLink>(
  links: Link[],
  communities: ReadonlyMap<string, string>,
): Link[] {
  for (const link of links) {
    const source = communities.get(link.source);
    link.community = source !== undefined && source === communities.get(link.target) ? source : null;
  }
  return links;
}

/** Copies of the links with `community` set where both endpoints share one community, null elsewhere. */
export function assignCommunities(
  links: readonly ConflictLink[],
  communities: ReadonlyMap<string, string>,
): ConflictLink[] {
  return links.map((link) => {
    const source = communities.get(link.source);
    return { ...link, community: source !== undefined && source === communities.get(link.target) ? source : null };
  });
}
