// Ingest benchmark: records and Articles per second over the full corpora folder, parse-only and parse + batched
// writes into Neo4j (a separable scope of ids, deleted afterwards, so the real graph is untouched), plus peak RSS.
// Usage: nice -n 10 npx tsx bench/ingest/run.ts [--batch-size 2000] [--keep]
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { loadSettings } from "../../src/config/settings.js";
import { connectDatabase } from "../../src/database/connect.js";
import { serverStatus } from "../../src/database/server/manager.js";
import { ingestCorpora, type IngestSummary } from "../../src/ingest/index.js";
import { silentProgress } from "../../src/shared/progress.js";

const { values } = parseArgs({
  options: { "batch-size": { type: "string", default: "2000" }, keep: { type: "boolean", default: false } },
});
const batchSize = Number(values["batch-size"]);
const settings = loadSettings();
const executor = await connectDatabase(settings);
const scope = `bench-${randomUUID().slice(0, 8)}`;
const steps: Record<string, number> = {};
let current: { step: string; started: number } | undefined;
/** A progress reporter that records how long each step (reading, each write query) takes. */
const timing = {
  start: (step: string) => void (current = { step, started: performance.now() }),
  update: () => {},
  stop: () => {
    if (current)
      steps[current.step] = Number(
        (((steps[current.step] ?? 0) * 1000 + performance.now() - current.started) / 1000).toFixed(2),
      );
  },
};
const dependencies = { executor, progress: silentProgress };

const rate = ({ summary, cpuSeconds, serverCpuSeconds }: Measured) => {
  const landed = summary.total.articlesNew + summary.total.articlesPresent;
  return {
    seconds: Number(summary.seconds.toFixed(2)),
    records: summary.total.recordsRead,
    articles: landed,
    recordsPerSecond: Math.round(summary.total.recordsRead / summary.seconds),
    articlesPerSecond: Math.round(landed / summary.seconds),
    articlesNew: summary.total.articlesNew,
    nodeCpuSeconds: cpuSeconds,
    neo4jCpuSeconds: serverCpuSeconds,
    /**
     * Articles per CPU second of navab + Neo4j: the wall-clock rate to expect on an otherwise idle machine (the
     * pipeline is sequential). Neo4j's CPU includes any other client's queries, so this is a lower bound.
     */
    articlesPerCpuSecond: Math.round(landed / (cpuSeconds + (Number.isNaN(serverCpuSeconds) ? 0 : serverCpuSeconds))),
  };
};

/** CPU seconds used so far by the embedded Neo4j server (Linux /proc; all its clients, not only this benchmark). */
const serverPid = settings.database.embedded ? serverStatus(settings).pid : undefined;
function serverCpuSeconds(): number {
  if (serverPid === undefined || !existsSync(`/proc/${serverPid}/stat`)) return Number.NaN;
  const fields = readFileSync(`/proc/${serverPid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface Measured {
  summary: IngestSummary;
  cpuSeconds: number;
  serverCpuSeconds: number;
}

/** Runs a phase and measures CPU seconds of this process and of Neo4j (the machine is shared: wall time includes waiting). */
async function measured(phase: () => Promise<IngestSummary>, usesServer = true): Promise<Measured> {
  const before = process.cpuUsage();
  const serverBefore = usesServer ? serverCpuSeconds() : Number.NaN;
  const summary = await phase();
  const used = process.cpuUsage(before);
  return {
    summary,
    cpuSeconds: Number(((used.user + used.system) / 1e6).toFixed(2)),
    serverCpuSeconds: Number((serverCpuSeconds() - serverBefore).toFixed(2)),
  };
}

try {
  const parseOnly = await measured(
    () => ingestCorpora({ root: settings.corpora }, { dryRun: true }, dependencies),
    false,
  );
  const firstWrite = await measured(() =>
    ingestCorpora(
      { root: settings.corpora },
      { scope, batchSize, runId: `${scope}-1` },
      { executor, progress: timing },
    ),
  );
  const firstWriteSteps = { ...steps };
  const reRun = await measured(() =>
    ingestCorpora({ root: settings.corpora }, { scope, batchSize, runId: `${scope}-2` }, dependencies),
  );
  const result = {
    corpora: settings.corpora,
    batchSize,
    parseOnly: rate(parseOnly),
    parseAndWrite: { ...rate(firstWrite), stepSeconds: firstWriteSteps },
    idempotentReRun: rate(reRun),
    loadAverage: loadavg().map((value) => Number(value.toFixed(1))),
    peakRssMegabytes: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  if (!values.keep) {
    for (let deleted = -1; deleted !== 0;) {
      [{ deleted = 0 } = {}] = await executor.write<{ deleted: number }>("ingest/delete-scope", { scope, limit: 2000 });
    }
    await executor.write("ingest/delete-scope-quarantine", { scope });
    await executor.write("ingest/delete-runs", { ids: [`${scope}-1`, `${scope}-2`] });
  }
  await executor.close();
}
