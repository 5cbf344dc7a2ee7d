// Bounded load on the GraphQL endpoint over loopback (issue 7 acceptance): the API server in a child process, a
// fixture seeded under a unique run id, C concurrent clients for at most T seconds / N requests, a read mix the UI
// sends plus ~10% review writes with a JWT. Reports p50/p99 latency and errors, checks every answer against the
// fixture, and checks afterwards that every acknowledged write is stored exactly once (nothing lost or duplicated).
// Usage: npx tsx bench/api/load.ts [--clients 8] [--seconds 20] [--requests 4000]
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { signToken } from "../../src/api/authentication.js";
import { loadSettings } from "../../src/config/settings.js";
import { connectDatabase } from "../../src/database/connect.js";
import { postGraphQL, removeApiFixture, seedApiFixture } from "../../test/integration/api/api-fixture.js";
import { readMix, reviewQuery, type Probe } from "./probes.js";

const { values } = parseArgs({
  options: {
    clients: { type: "string", default: "8" },
    seconds: { type: "string", default: "20" },
    requests: { type: "string", default: "4000" },
  },
});
const clients = Number(values.clients);
const seconds = Number(values.seconds);
const maximumRequests = Number(values.requests);

const settings = loadSettings();
const executor = await connectDatabase(settings);
const fixture = await seedApiFixture(executor, "bench");
const secret = `bench-${randomUUID()}`;
const server = spawn(process.execPath, ["--import", "tsx", "bench/api/serve-child.ts"], {
  env: { ...process.env, NAVAB_JWT_SECRET: secret },
  stdio: ["ignore", "pipe", "inherit"],
});
try {
  const url = await new Promise<string>((resolve, reject) => {
    server.stdout.on("data", (chunk: Buffer) => {
      const match = /graphql\s+(http:\/\/\S+)\/graphql/.exec(chunk.toString());
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    server.once("exit", (code) => reject(new Error(`navab serve exited with ${code}`)));
  });
  const token = await signToken(secret, "bench-reviewer");
  const probes = readMix(fixture);
  const latencies: number[] = [];
  const byProbe = new Map<string, number[]>();
  let errors = 0;
  let mismatches = 0;
  let sent = 0;
  const acknowledged = new Set<string>();
  const deadline = Date.now() + seconds * 1000;
  const firstProblems: string[] = [];

  async function client(clientNumber: number): Promise<void> {
    while (Date.now() < deadline && sent < maximumRequests) {
      const number = sent++;
      const write = number % 10 === 9;
      const reason = `bench ${clientNumber}-${number}`;
      const probe: Probe = write
        ? {
            name: "review",
            query: reviewQuery,
            variables: { topic: fixture.topicId, reason },
            check: (data) => JSON.stringify(data).includes(reason),
          }
        : (probes[number % probes.length] as Probe);
      const started = performance.now();
      try {
        const reply = await postGraphQL(url, probe.query, probe.variables, write ? token : undefined);
        const latency = performance.now() - started;
        latencies.push(latency);
        byProbe.set(probe.name, [...(byProbe.get(probe.name) ?? []), latency]);
        if (reply.status !== 200 || reply.errors !== undefined) {
          errors++;
          if (firstProblems.length < 5)
            firstProblems.push(`${probe.name}: HTTP ${reply.status} ${JSON.stringify(reply.errors)}`);
        } else if (!probe.check(reply.data)) {
          mismatches++;
          if (firstProblems.length < 5)
            firstProblems.push(`${probe.name}: unexpected ${JSON.stringify(reply.data).slice(0, 300)}`);
        } else if (write) acknowledged.add(reason);
      } catch (error) {
        errors++;
        if (firstProblems.length < 5) firstProblems.push(`${probe.name}: ${(error as Error).message}`);
      }
    }
  }

  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, (_, index) => client(index)));
  const elapsed = (performance.now() - started) / 1000;
  const stored = await executor.read<{ reason: string; copies: number }>("api/bench-reviews", {
    topicId: fixture.topicId,
  });
  const storedReasons = new Map(stored.map((row) => [row.reason, row.copies]));
  const lost = [...acknowledged].filter((reason) => !storedReasons.has(reason)).length;
  const duplicated = stored.filter((row) => row.copies > 1).length;
  latencies.sort((left, right) => left - right);
  const percentile = (share: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? Number.NaN;
  const report = {
    clients,
    seconds: Number(elapsed.toFixed(1)),
    requests: latencies.length,
    throughputPerSecond: Math.round(latencies.length / elapsed),
    p50Milliseconds: Number(percentile(0.5).toFixed(1)),
    p99Milliseconds: Number(percentile(0.99).toFixed(1)),
    maxMilliseconds: Number((latencies.at(-1) ?? Number.NaN).toFixed(1)),
    errors,
    mismatches,
    medianMillisecondsByQuery: Object.fromEntries(
      [...byProbe].map(([name, values]) => [
        name,
        Number((values.sort((left, right) => left - right)[Math.floor(values.length / 2)] ?? 0).toFixed(1)),
      ]),
    ),
    writesAcknowledged: acknowledged.size,
    writesStored: stored.length,
    writesLost: lost,
    writesDuplicated: duplicated,
    firstProblems,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (errors + mismatches + lost + duplicated > 0) process.exitCode = 1;
} finally {
  server.kill("SIGTERM");
  await removeApiFixture(executor, fixture.runId);
  await executor.close();
}
