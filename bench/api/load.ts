// Bounded load on the GraphQL endpoint over loopback (issue 7 acceptance, issue 16 item 4): the API server in a child
// process, a fixture seeded under a unique run id, C concurrent clients (each from its own loopback address, as C
// users would be) for at most T seconds / N requests, the read mix the UI sends plus ~10% review writes with a JWT.
// Reports p50/p99 latency and errors, checks every answer against the fixture, and checks afterwards that every
// acknowledged write is stored exactly once (nothing lost or duplicated).
// Usage: npx tsx bench/api/load.ts [--clients 8] [--seconds 20] [--requests 4000] [--one-address] [--json]
import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { signToken } from "../../src/api/authentication.js";
import { loadSettings } from "../../src/config/settings.js";
import { connectDatabase } from "../../src/database/connect.js";
import { removeApiFixture, seedApiFixture } from "../../test/integration/api/api-fixture.js";
import { BenchClient, clientAddress, percentile, startServerChild } from "./http-client.js";
import { readMix, reviewQuery, type Probe } from "./probes.js";

const { values } = parseArgs({
  options: {
    clients: { type: "string", default: "8" },
    seconds: { type: "string", default: "20" },
    requests: { type: "string", default: "4000" },
    "one-address": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});
const clients = Number(values.clients);
const seconds = Number(values.seconds);
const maximumRequests = Number(values.requests);

const settings = loadSettings();
const executor = await connectDatabase(settings);
const fixture = await seedApiFixture(executor, "bench");
const secret = `bench-${randomUUID()}`;
const { url, child } = await startServerChild({ NAVAB_JWT_SECRET: secret });
try {
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
  const problem = (line: string) => firstProblems.length < 5 && firstProblems.push(line);

  async function client(clientNumber: number): Promise<void> {
    const connection = new BenchClient(
      `${url}/graphql`,
      values["one-address"] ? "127.0.0.1" : clientAddress(clientNumber),
    );
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
      try {
        const reply = await connection.post(
          { query: probe.query, variables: probe.variables },
          write ? token : undefined,
        );
        latencies.push(reply.milliseconds);
        byProbe.set(probe.name, [...(byProbe.get(probe.name) ?? []), reply.milliseconds]);
        const body = JSON.parse(reply.body) as { data?: unknown; errors?: unknown };
        if (reply.status !== 200 || body.errors !== undefined) {
          errors++;
          problem(`${probe.name}: HTTP ${reply.status} ${JSON.stringify(body.errors)}`);
        } else if (!probe.check(body.data)) {
          mismatches++;
          problem(`${probe.name}: unexpected ${JSON.stringify(body.data).slice(0, 300)}`);
        } else if (write) acknowledged.add(reason);
      } catch (error) {
        errors++;
        problem(`${probe.name}: ${(error as Error).message}`);
      }
    }
    connection.close();
  }

  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, (_, index) => client(index)));
  const elapsed = (performance.now() - started) / 1000;
  const stored = await executor.read<{ reason: string; copies: number }>("testing/api/reviews", {
    topicId: fixture.topicId,
  });
  const storedReasons = new Map(stored.map((row) => [row.reason, row.copies]));
  const lost = [...acknowledged].filter((reason) => !storedReasons.has(reason)).length;
  const duplicated = stored.filter((row) => row.copies > 1).length;
  latencies.sort((left, right) => left - right);
  const round = (value: number) => Number(value.toFixed(1));
  const [articles] = await executor.read<{ articles: number }>("testing/api/article-count");
  const report = {
    clients,
    addresses: values["one-address"] ? 1 : clients,
    graphArticles: articles?.articles ?? 0,
    seconds: round(elapsed),
    requests: latencies.length,
    throughputPerSecond: Math.round(latencies.length / elapsed),
    p50Ms: round(percentile(latencies, 0.5)),
    p99Ms: round(percentile(latencies, 0.99)),
    maxMs: round(latencies.at(-1) ?? Number.NaN),
    errors,
    mismatches,
    medianMsByQuery: Object.fromEntries(
      [...byProbe].map(([name, values]) => [
        name,
        round(
          percentile(
            [...values].sort((a, b) => a - b),
            0.5,
          ),
        ),
      ]),
    ),
    writesAcknowledged: acknowledged.size,
    writesStored: stored.length,
    writesLost: lost,
    writesDuplicated: duplicated,
    loadAverage: loadavg().map(round),
    firstProblems,
  };
  process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${JSON.stringify(report, null, 2)}\n`);
  if (errors + mismatches + lost + duplicated > 0) process.exitCode = 1;
} finally {
  child.kill("SIGTERM");
  await removeApiFixture(executor, fixture.runId);
  await executor.close();
}
