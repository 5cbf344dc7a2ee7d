import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalCycle, cycleKey, uniqueCycles } from "../../../src/conflicts/cycles/canonical.js";
import { graphologyCycleSearch, memoryCycleSearch } from "../../../src/conflicts/cycles/memory-search.js";
import { generateConflictGraph } from "../../support/conflicts/generate-graph.js";
import { assignCommunities, detectCommunities } from "../../../src/conflicts/reduction/communities.js";
import { dominantStances, findSeeds } from "../../../src/conflicts/reduction/dominance.js";
import { disagreesOn, type ConflictLink, type Cycle, type CycleSeed } from "../../../src/conflicts/types.js";

const margin = { alpha: 0.5, minimumShare: 0.5, minimumStatements: 1 };

test("canonical form is the same for every rotation and both directions", () => {
  const nodes = ["c", "a", "d", "b"];
  const links = ["ca", "ad", "db", "bc"];
  const expected = canonicalCycle(nodes, links);
  assert.deepEqual(expected, { nodes: ["a", "c", "b", "d"], links: ["ca", "bc", "db", "ad"] });
  for (let shift = 0; shift < 4; shift += 1) {
    const rotatedNodes = [...nodes.slice(shift), ...nodes.slice(0, shift)];
    const rotatedLinks = [...links.slice(shift), ...links.slice(0, shift)];
    assert.deepEqual(canonicalCycle(rotatedNodes, rotatedLinks), expected);
    const reversedNodes = [rotatedNodes[0]!, ...rotatedNodes.slice(1).reverse()];
    assert.deepEqual(canonicalCycle(reversedNodes, [...rotatedLinks].reverse()), expected);
  }
});

/** Brute force: every simple cycle of 3..maxLength links (DFS from its smallest node), then the conflict rule:
 * through a seed and unbalanced on the seed's claim (an odd number of − links on it). */
function bruteForce(links: readonly ConflictLink[], seeds: readonly CycleSeed[], maxLength: number): Cycle[] {
  const inside = links.filter((link) => link.community);
  const adjacency = new Map<string, ConflictLink[]>();
  for (const link of inside) {
    for (const node of [link.source, link.target]) adjacency.set(node, [...(adjacency.get(node) ?? []), link]);
  }
  const all: Cycle[] = [];
  for (const start of adjacency.keys()) {
    const walk = (node: string, pathNodes: string[], pathLinks: string[]): void => {
      for (const link of adjacency.get(node) ?? []) {
        if (pathLinks.includes(link.id)) continue;
        const next = link.source === node ? link.target : link.source;
        if (next === start && pathLinks.length + 1 >= 3) all.push(canonicalCycle(pathNodes, [...pathLinks, link.id]));
        if (next <= start || pathNodes.includes(next) || pathLinks.length + 1 >= maxLength) continue;
        walk(next, [...pathNodes, next], [...pathLinks, link.id]);
      }
    };
    walk(start, [start], []);
  }
  const byId = new Map(links.map((link) => [link.id, link]));
  return uniqueCycles(
    all.filter((cycle) =>
      seeds.some(
        (seed) =>
          cycle.links.includes(seed.linkId) &&
          cycle.links.filter((id) => disagreesOn(byId.get(id)!, seed.claim)).length % 2 === 1,
      ),
    ),
  );
}

function flipEveryThird(): (link: ConflictLink) => ConflictLink {
  let statementLinks = 0;
  return (link) => {
    if (link.kind !== "statement") return link;
    statementLinks += 1;
    return statementLinks % 3 === 0 ? { ...link, sign: -(link.sign ?? 1) } : link;
  };
}

test("the compact search finds exactly the brute-force conflicting cycles on random graphs, as graphology did", async () => {
  let total = 0;
  for (const [seed, noisy] of [1, 2, 3, 4, 5, 6].flatMap((seed) => [[seed, false] as const, [seed, true] as const])) {
    const generated = generateConflictGraph(`unit-${seed}`, {
      articles: 30,
      linksPerArticle: 3,
      clusterSize: 10,
      claimsPerCluster: 2,
      deviationRate: 0.3,
      seed,
    });
    // Judged pairwise signs need not follow the stances: flip every third statement link's sign in the noisy case.
    const graph = noisy ? { ...generated, links: generated.links.map(flipEveryThird()) } : generated;
    const links = assignCommunities(graph.links, detectCommunities(graph.links, { seed, resolution: 0.5 }));
    const seeds = findSeeds(links, dominantStances(links, margin));
    const found = await memoryCycleSearch.find({
      runId: "unit",
      links,
      seeds,
      maxLength: 5,
      maxCyclesPerSeed: Number.MAX_SAFE_INTEGER,
    });
    const expected = bruteForce(links, seeds, 5);
    assert.deepEqual(found.map(cycleKey), expected.map(cycleKey), `seed ${seed}${noisy ? " (noisy signs)" : ""}`);
    for (const maxCyclesPerSeed of [Number.MAX_SAFE_INTEGER, 2]) {
      const request = { runId: "unit", links, seeds, maxLength: 5, maxCyclesPerSeed };
      assert.deepEqual(
        (await memoryCycleSearch.find(request)).map(cycleKey),
        (await graphologyCycleSearch.find(request)).map(cycleKey),
        `compact vs graphology, seed ${seed}, per seed ${maxCyclesPerSeed}`,
      );
    }
    total += found.length;
  }
  assert.ok(total > 10, `the random graphs have conflicting cycles to compare (${total})`);
});

test("per-seed truncation keeps the shortest cycles first", async () => {
  const graph = generateConflictGraph("unit-limit", {
    articles: 30,
    linksPerArticle: 4,
    clusterSize: 15,
    deviationRate: 0.3,
    seed: 9,
  });
  const links = assignCommunities(graph.links, detectCommunities(graph.links, { seed: 9, resolution: 0.5 }));
  const seeds = findSeeds(links, dominantStances(links, margin));
  const request = { runId: "unit", links, seeds, maxLength: 5 };
  const full = await memoryCycleSearch.find({ ...request, maxCyclesPerSeed: Number.MAX_SAFE_INTEGER });
  const limited = await memoryCycleSearch.find({ ...request, maxCyclesPerSeed: 1 });
  assert.ok(limited.length > 0 && limited.length <= seeds.length && limited.length < full.length);
  const fullKeys = new Set(full.map(cycleKey));
  for (const cycle of limited) assert.ok(fullKeys.has(cycleKey(cycle)));
});
