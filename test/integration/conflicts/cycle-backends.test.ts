import assert from "node:assert/strict";
import { test } from "node:test";
import { cycleKey } from "../../../src/conflicts/cycles/canonical.js";
import { cypherCycleSearch } from "../../../src/conflicts/cycles/cypher-search.js";
import { memoryCycleSearch } from "../../../src/conflicts/cycles/memory-search.js";
import { writeFixtureGraph } from "../../support/conflicts/fixture-graph.js";
import { generateConflictGraph } from "../../support/conflicts/generate-graph.js";
import { assignCommunities, detectCommunities } from "../../../src/conflicts/reduction/communities.js";
import { dominantStances, findSeeds } from "../../../src/conflicts/reduction/dominance.js";
import { writeCommunities } from "../../../src/conflicts/reduction/round-writer.js";
import { tableCycleSearch } from "../../../src/conflicts/cycles/table-search.js";
import { linkTableOf } from "../../../src/conflicts/reduction/link-table-builder.js";
import { linkIdOf } from "../../../src/conflicts/reduction/link-table.js";
import { linkPrefix } from "../../../src/conflicts/reduction/link-store.js";
import { assignTableCommunities } from "../../../src/conflicts/reduction/table-communities.js";
import { tableSeeds, tableStandings } from "../../../src/conflicts/reduction/table-dominance.js";
import { uniqueRunId } from "../../support/database.js";
import { fixtureSession } from "../../support/fixture-session.js";

const { executor, track } = fixtureSession();

test("Cypher, the object search and the link-table search find identical cycle sets on seeded random graphs (30 articles, ~60 links)", async () => {
  let compared = 0;
  for (const seed of [11, 12, 13, 14]) {
    const runId = uniqueRunId(`conflicts-backends-${seed}`);
    track(runId);
    const graph = generateConflictGraph(runId, {
      articles: 30,
      linksPerArticle: 2,
      clusterSize: 10,
      claimsPerCluster: 2,
      deviationRate: 0.3,
      seed,
    });
    await writeFixtureGraph(executor, graph);
    const links = assignCommunities(graph.links, detectCommunities(graph.links, { seed, resolution: 0.5 }));
    await writeCommunities(
      executor,
      links.map((link) => ({ id: link.id, community: link.community ?? null })),
    );
    const margin = { alpha: 0.5, minimumShare: 0.5, minimumStatements: 1 };
    const seeds = findSeeds(links, dominantStances(links, margin));
    const table = linkTableOf(graph.links, linkPrefix(runId));
    assignTableCommunities(table, { seed, resolution: 0.5 });
    const tableSeedRows = tableSeeds(table, tableStandings(table, margin));
    for (const maxCyclesPerSeed of [Number.MAX_SAFE_INTEGER, 2]) {
      for (const maxLength of [4, 5]) {
        const request = { runId, links, seeds, maxLength, maxCyclesPerSeed };
        const inMemory = (await memoryCycleSearch.find(request)).map(cycleKey);
        const inCypher = (await cypherCycleSearch(executor, { batchSize: 7 }).find(request)).map(cycleKey);
        const inTable = tableCycleSearch(table, tableSeedRows, maxLength, maxCyclesPerSeed).map((cycle) =>
          cycle.links.map((row) => linkIdOf(table, row)).join(","),
        );
        assert.deepEqual(inCypher, inMemory, `seed ${seed}, maxLength ${maxLength}, per seed ${maxCyclesPerSeed}`);
        assert.deepEqual(
          inTable,
          inCypher,
          `table: seed ${seed}, maxLength ${maxLength}, per seed ${maxCyclesPerSeed}`,
        );
        compared += inMemory.length;
      }
    }
  }
  assert.ok(compared > 20, `the graphs have cycles to compare (${compared})`);
});
