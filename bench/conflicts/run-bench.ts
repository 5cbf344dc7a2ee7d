// Conflict-reduction benchmark: generated graphs (N statements on N articles, ~10 links each) written to Neo4j
// under a bench run id; 5 rounds with the graphology and the Cypher backend (each in its own process: wall time,
// peak RSS of that process, peak RSS of the Neo4j server), and the naive `(a)-[*3..5]-(a)` query timeboxed on a
// sample of anchors. Cleans up its own data. Usage: nice -n 10 npx tsx bench/conflicts/run-bench.ts 10000 [backends]
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadSettings } from "../../src/config/settings.js";
import { deleteFixture, writeFixtureGraph } from "../../test/support/conflicts/fixture-graph.js";
import { generateConflictGraph } from "../../test/support/conflicts/generate-graph.js";
import { connectDatabase } from "../../src/database/connect.js";
import { integer } from "../../src/database/values.js";

const size = Number(process.argv[2] ?? 10_000);
const backends = (process.argv[3] ?? "memory,cypher,naive").split(",");
const naiveAnchors = Number(process.env.NAVAB_BENCH_NAIVE_ANCHORS ?? 20);
const naiveTimeoutMs = Number(process.env.NAVAB_BENCH_NAIVE_TIMEOUT_MS ?? 60_000);
const runId = `bench-conflicts-${size}-${Date.now()}`;

function neo4jPid(): number | null {
  const status = execFileSync("npx", ["tsx", "src/cli/main.ts", "db", "status"], { encoding: "utf8" });
  const match = /pid (\d+)/.exec(status);
  return match ? Number(match[1]) : null;
}
const rssMegabytes = (pid: number | null): number => {
  if (pid === null) return 0;
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((text) => text.startsWith("VmRSS:"));
  return Number(line?.replace(/\D+/g, "") ?? 0) / 1024;
};

async function child(backend: string, pid: number | null): Promise<Record<string, unknown>> {
  let neo4jPeak = rssMegabytes(pid);
  const sampler = setInterval(() => (neo4jPeak = Math.max(neo4jPeak, rssMegabytes(pid))), 250);
  const output = await new Promise<string>((resolve, reject) => {
    const process = spawn("node", ["--import", "tsx", "bench/conflicts/run-backend.ts", runId, backend, "5"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let text = "";
    process.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
    process.on("close", (code) =>
      code === 0 ? resolve(text) : reject(new Error(`${backend} child exited with ${code}`)),
    );
  });
  clearInterval(sampler);
  return {
    ...(JSON.parse(output.trim().split("\n").at(-1)!) as Record<string, unknown>),
    neo4jPeakRssMegabytes: Math.round(neo4jPeak),
  };
}

const executor = await connectDatabase(loadSettings());
const pid = neo4jPid();
try {
  const graph = generateConflictGraph(runId, { articles: size, linksPerArticle: 10, seed: 7 });
  let started = performance.now();
  await writeFixtureGraph(executor, graph, { create: true, batchSize: 5000 });
  console.log(JSON.stringify({ size, links: graph.links.length, writeSeconds: (performance.now() - started) / 1000 }));
  for (const backend of backends.filter((name) => name !== "naive")) {
    const result = await child(backend, pid);
    const rounds = (result.rounds as Record<string, number>[]).map(
      (round) =>
        `round ${round.round}: ${round.cyclesFound} cycles, ${round.linksDeactivated} links off, ${round.seconds}s (louvain ${round.louvainSeconds}, search ${round.searchSeconds}, write ${round.writeSeconds})`,
    );
    console.log(JSON.stringify({ ...result, rounds }));
  }
  if (backends.includes("naive")) {
    const anchors = graph.articles.slice(0, naiveAnchors);
    started = performance.now();
    const rows = await executor.read<{ paths: number }>("testing/conflicts/naive-cycles", {
      anchors,
      runId,
      timeoutMs: integer(naiveTimeoutMs),
    });
    const seconds = (performance.now() - started) / 1000;
    const finished = rows.length > 0;
    console.log(
      JSON.stringify({
        backend: "naive",
        anchors: anchors.length,
        seconds,
        finished,
        closedPaths: rows[0]?.paths ?? null,
        extrapolatedSecondsForAllAnchors: finished
          ? (seconds / anchors.length) * size
          : `> ${((seconds / anchors.length) * size).toFixed(0)}`,
      }),
    );
  }
} finally {
  const started = performance.now();
  await deleteFixture(executor, runId);
  console.log(JSON.stringify({ cleanupSeconds: (performance.now() - started) / 1000 }));
  await executor.close();
}
