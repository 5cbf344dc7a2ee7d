// Builds (or removes) the bench graph of the API load bench on the configured Neo4j: N synthetic articles (seeded
// generated words, no corpus text) published by 4 bench outlets per nation (CN, DE, FR, GB, US), and conflict cycles
// of 4 bench articles over rounds 1–5, all marked with one graph id so they can be removed exactly. With
// `navab ingest --all` (~9.5k real articles) and the default 100,000 this is the ~110k-article graph of bench/api.
// Usage: npx tsx bench/api/build-graph.ts [--articles 100000] [--cycles 20000] | --remove
import { parseArgs } from "node:util";
import { loadSettings } from "../../src/config/settings.js";
import { connectDatabase } from "../../src/database/connect.js";
import { integer } from "../../src/database/values.js";
import { seededRandom } from "../../src/shared/seeded-random.js";

export const BENCH_GRAPH = "bench-api-graph";
const NATIONS = ["CN", "DE", "FR", "GB", "US"];
const OUTLETS_PER_NATION = 4;
const WORDS = (
  "river policy council harbour market school energy budget court transport water growth trade farm health " +
  "border city region law vote climate rail tax worker industry village museum science coast forest bridge " +
  "ministry report reform debate plan price export union festival summit housing pension digital security"
).split(" ");

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" },
    cycles: { type: "string", default: "20000" },
    remove: { type: "boolean", default: false },
  },
});

const executor = await connectDatabase(loadSettings());
const started = performance.now();
try {
  if (values.remove) {
    let removed = 0;
    for (;;) {
      const [row] = await executor.write<{ removed: number }>("testing/api/bench-graph-remove", {
        graph: BENCH_GRAPH,
        batch: integer(10_000),
      });
      if ((row?.removed ?? 0) === 0) break;
      removed += row?.removed ?? 0;
    }
    const [marked] = await executor.write("testing/api/bench-graph-remove-outlets", { graph: BENCH_GRAPH });
    process.stdout.write(`${JSON.stringify({ removed, ...marked })}\n`);
  } else {
    await build(Number(values.articles), Number(values.cycles));
  }
} finally {
  await executor.close();
}

async function build(articleCount: number, cycleCount: number): Promise<void> {
  const random = seededRandom(20261129);
  const pick = <Item>(items: readonly Item[]): Item => items[Math.floor(random() * items.length)] as Item;
  const outlets = NATIONS.flatMap((nation) =>
    Array.from({ length: OUTLETS_PER_NATION }, (_, index) => ({
      id: `${BENCH_GRAPH}:outlet-${nation}-${index}`,
      name: `Bench ${nation} outlet ${index}`,
      kind: index === 0 ? "state" : "private",
      nation,
    })),
  );
  await executor.write("testing/api/bench-graph-outlets", { rows: outlets, graph: BENCH_GRAPH });
  const articleId = (index: number) => `${BENCH_GRAPH}:article-${String(index).padStart(7, "0")}`;
  const articles = Array.from({ length: articleCount }, (_, index) => {
    const words = Array.from({ length: 60 + Math.floor(random() * 60) }, () => pick(WORDS));
    const day = Math.floor(random() * 5 * 365);
    return {
      id: articleId(index),
      outlet: pick(outlets).id,
      title: `${words.slice(0, 6).join(" ")} ${index}`,
      text: `${words.join(" ")}.`,
      date: new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
      url: `https://bench.example/${index}`,
    };
  });
  await executor.writeBatches("testing/api/bench-graph-articles", articles, {
    batchSize: 5_000,
    parameters: { graph: BENCH_GRAPH },
    onBatch: (written) => process.stderr.write(`\rarticles ${written}/${articleCount}`),
  });
  const rounds = [1, 1, 1, 1, 1, 1, 2, 2, 3, 4, 5];
  const cycles = Array.from({ length: cycleCount }, (_, index) => ({
    id: `${BENCH_GRAPH}:cycle-${index}`,
    round: integer(pick(rounds)),
    stance: pick(["support", "oppose"]),
    members: Array.from({ length: 4 }, () => articleId(Math.floor(random() * articleCount))),
  }));
  await executor.writeBatches("testing/api/bench-graph-cycles", cycles, {
    batchSize: 2_000,
    parameters: { graph: BENCH_GRAPH },
    onBatch: (written) => process.stderr.write(`\rcycles ${written}/${cycleCount}  `),
  });
  const [counts] = await executor.read("testing/api/bench-graph-count", { graph: BENCH_GRAPH });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write("\n");
  process.stdout.write(`${JSON.stringify({ ...counts, seconds: Number(seconds) })}\n`);
}
