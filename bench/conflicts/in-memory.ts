// Conflict reduction without a database (issue 16 item 5): the planted graph of run-bench.ts (seed 7, ~9.4 links
// per statement) generated in process and reduced (Louvain + standings and seeds + cycle search + decisions, 5
// rounds, stops early; nothing written) on the link table, and on the former object path for the ratio. Each path
// runs in its own child process, so `maxRSS` is that path's peak: generating the graph streams links into the path's
// storage (the table keeps no object per link). Usage:
//   nice -n 15 npx tsx bench/conflicts/in-memory.ts --statements 100000 [--paths table,objects] [--json]
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { REDUCTION_SETTINGS } from "../../src/conflicts/settings.js";
import { resolveSettings } from "../../src/kernel/settings-file.js";
import { LinkTableBuilder } from "../../src/conflicts/reduction/link-table-builder.js";
import { linkPrefix } from "../../src/conflicts/reduction/link-store.js";
import type { ConflictLink } from "../../src/conflicts/types.js";
import { generateLinks } from "../../test/support/conflicts/generate-graph.js";
import { objectRounds, tableRounds, type PathRound } from "../../test/support/conflicts/reduction-paths.js";

const { values } = parseArgs({
  options: {
    statements: { type: "string", default: "10000" },
    paths: { type: "string", default: "table,objects" },
    rounds: { type: "string", default: "5" },
    child: { type: "string" },
    json: { type: "boolean", default: false },
  },
});
const statements = Number(values.statements);
const megabytes = (bytes: number): number => Math.round(bytes / 1024 / 1024);

interface PathResult {
  path: string;
  links: number;
  generateSeconds: number;
  rssAfterLoadMegabytes: number;
  roundsSeconds: number;
  maxRssMegabytes: number;
  rounds: ReturnType<typeof roundSummary>[];
}

const roundSummary = (round: PathRound) => ({
  round: round.round,
  communities: round.communities,
  activeLinks: round.activeLinks,
  seeds: round.seeds.length,
  cycles: round.decisions.cycles.length,
  linksDeactivated: round.linksDeactivated,
  statementsDeactivated: round.decisions.statements.length,
  seconds: Object.fromEntries(Object.entries(round.seconds).map(([phase, seconds]) => [phase, +seconds.toFixed(2)])),
});

function runPath(path: string): PathResult {
  const runId = `in-memory-${statements}`;
  const settings = resolveSettings("conflicts.reduce", REDUCTION_SETTINGS).settings;
  const options = { ...settings, rounds: Number(values.rounds) };
  const started = performance.now();
  const graph = { articles: statements, linksPerArticle: 10, seed: 7 };
  let links = 0;
  let rounds: PathRound[];
  let generateSeconds: number;
  let rssAfterLoad: number;
  const roundsStart = (): number => {
    generateSeconds = (performance.now() - started) / 1000;
    rssAfterLoad = process.memoryUsage().rss;
    return performance.now();
  };
  let begun: number;
  if (path === "table") {
    const builder = new LinkTableBuilder(linkPrefix(runId));
    generateLinks(runId, graph, (link) => {
      builder.add(link);
      links += 1;
    });
    const table = builder.finish();
    begun = roundsStart();
    rounds = tableRounds(runId, table, options);
  } else {
    const objects: ConflictLink[] = [];
    generateLinks(runId, graph, (link) => objects.push(link));
    objects.sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
    links = objects.length;
    begun = roundsStart();
    rounds = objectRounds(runId, objects, options);
  }
  return {
    path,
    links,
    generateSeconds: +generateSeconds!.toFixed(2),
    rssAfterLoadMegabytes: megabytes(rssAfterLoad!),
    roundsSeconds: +((performance.now() - begun) / 1000).toFixed(2),
    maxRssMegabytes: Math.round(process.resourceUsage().maxRSS / 1024),
    rounds: rounds.map(roundSummary),
  };
}

if (values.child !== undefined) {
  process.stdout.write(`${JSON.stringify(runPath(values.child))}\n`);
} else {
  const results: PathResult[] = [];
  for (const path of values.paths.split(",")) {
    const child = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "bench/conflicts/in-memory.ts",
        "--statements",
        String(statements),
        "--rounds",
        values.rounds,
        "--child",
        path,
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 26 },
    );
    if (child.status !== 0) throw new Error(`bench/conflicts/in-memory: the ${path} child exited with ${child.status}`);
    const result = JSON.parse(child.stdout.trim().split("\n").at(-1)!) as PathResult;
    results.push(result);
    if (!values.json) printPath(result);
  }
  const [table, objects] = [results.find((r) => r.path === "table"), results.find((r) => r.path === "objects")];
  const comparison =
    table && objects
      ? {
          identicalRounds:
            JSON.stringify(table.rounds.map(({ seconds: _, ...counts }) => counts)) ===
            JSON.stringify(objects.rounds.map(({ seconds: _, ...counts }) => counts)),
          roundsSecondsRatio: +(table.roundsSeconds / objects.roundsSeconds).toFixed(3),
          maxRssRatio: +(table.maxRssMegabytes / objects.maxRssMegabytes).toFixed(3),
        }
      : null;
  const summary = { statements, loadAverage: loadavg().map((value) => +value.toFixed(2)), results, comparison };
  if (values.json) console.log(JSON.stringify(summary));
  else console.log(`load average ${summary.loadAverage.join(" ")}; table / objects: ${JSON.stringify(comparison)}`);
}

function printPath(result: PathResult): void {
  console.log(
    `${result.path}: ${result.links} links, generated and loaded in ${result.generateSeconds} s (RSS ${result.rssAfterLoadMegabytes} MB), rounds ${result.roundsSeconds} s, peak RSS ${result.maxRssMegabytes} MB`,
  );
  for (const round of result.rounds)
    console.log(
      `  round ${round.round}: ${round.activeLinks} active, ${round.seeds} seeds, ${round.cycles} cycles, ${round.linksDeactivated} links off; ${JSON.stringify(round.seconds)}`,
    );
}
