// A bounded GraphQL abuse run against the API server on loopback (issue 12 acceptance): attackers on one address
// (127.0.0.1, many parallel connections) send the abusive shapes of issue 12 item 2 — doubling fragments, 2,000
// aliases, repeated fields, nested connections without `first`, nested relationship filters, over-deep queries,
// introspection (standard and blown up) — plus the most expensive query the limits still accept (a text scan),
// while one user on another address sends a trivial query back to back. Passes when no answer is a 5xx and the
// trivial query's p99 stays under 1 s. Prints JSON; exit code 1 otherwise.
// Usage: npx tsx bench/api/abuse.ts [--seconds 20] [--attackers 16] [--idle-seconds 3] [--json]
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { getIntrospectionQuery } from "graphql";
import { BenchClient, percentile, startServerChild } from "./http-client.js";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "20" },
    attackers: { type: "string", default: "16" },
    "idle-seconds": { type: "string", default: "3" },
    json: { type: "boolean", default: false },
  },
});

function doubling(levels: number): string {
  let document = "query { ...F0 }\n";
  for (let level = 0; level < levels; level++)
    document += `fragment F${level} on Query { ...F${level + 1} ...F${level + 1} }\n`;
  return `${document}fragment F${levels} on Query { nations(limit: 1) { code } }\n`;
}
const repeat = (count: number, make: (index: number) => string) =>
  Array.from({ length: count }, (_, index) => make(index)).join(" ");
let sixteenLinks = `{ id: { eq: "x" } }`;
for (let level = 0; level < 16; level++) sixteenLinks = `{ links: { some: ${sixteenLinks} } }`;

/** The attacks, by name: each a request body sent as is. */
const ATTACKS: Record<string, { query: string }> = {
  "doubling fragments (2^26)": { query: doubling(26) },
  "2,000 aliased text scans": {
    query: `{ ${repeat(2_000, (index) => `a${index}: articles(limit: 1, where: { text: { contains: "zz${index}" } }) { id }`)} }`,
  },
  "3,000 repeated fields": { query: `{ ${repeat(3_000, () => "a: nations(limit: 1) { code }")} }` },
  "nested connections without first": {
    query: `{ a: articlesConnection { edges { node { statementsConnection { edges { node { triplesConnection {
      edges { node { id question statement reverseStatement } } } } } } } } } }`,
  },
  "filter outlet.some.articles.some": {
    query: `{ articles(limit: 1, where: { outlet: { some: { articles: { some: { text: { contains: "zz" } } } } } }) { id } }`,
  },
  "16 nested links filters": { query: `{ articles(limit: 1, where: ${sixteenLinks}) { id } }` },
  "depth 11": {
    query: `{ articles(limit: 1) { outlet { articles { outlet { articles { outlet { articles { outlet { articles { outlet { id } } } } } } } } } } }`,
  },
  "standard introspection": { query: getIntrospectionQuery() },
  "blown-up introspection": {
    query: "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }",
  },
  "accepted text scan": {
    query: `{ articles(limit: 1, where: { text: { contains: "no such words in any article" } }) { id } }`,
  },
};
const TRIVIAL = { query: "{ nations(limit: 1) { code } }" };

const { url, child } = await startServerChild({});
const graphql = `${url}/graphql`;
try {
  const user = new BenchClient(graphql, "127.0.0.2");
  const idle = await trivialLatencies(user, Date.now() + Number(values["idle-seconds"]) * 1000);
  const deadline = Date.now() + Number(values.seconds) * 1000;
  const outcomes = new Map<string, { statuses: Record<string, number>; milliseconds: number[] }>();
  const names = Object.keys(ATTACKS);
  let sent = 0;
  const attacker = async () => {
    const connection = new BenchClient(graphql, "127.0.0.1");
    while (Date.now() < deadline) {
      const name = names[sent++ % names.length] as string;
      const outcome = outcomes.get(name) ?? { statuses: {}, milliseconds: [] };
      outcomes.set(name, outcome);
      try {
        const reply = await connection.post(ATTACKS[name]);
        outcome.statuses[reply.status] = (outcome.statuses[reply.status] ?? 0) + 1;
        outcome.milliseconds.push(reply.milliseconds);
      } catch (error) {
        outcome.statuses[(error as Error).message] = (outcome.statuses[(error as Error).message] ?? 0) + 1;
      }
    }
    connection.close();
  };
  const [underAttack] = await Promise.all([
    trivialLatencies(user, deadline),
    ...Array.from({ length: Number(values.attackers) }, attacker),
  ]);
  user.close();
  const serverErrors = [...outcomes.values()].reduce(
    (sum, outcome) =>
      sum +
      Object.entries(outcome.statuses)
        .filter(([status]) => status.startsWith("5"))
        .reduce((total, [, count]) => total + count, 0),
    0,
  );
  const round = (value: number) => Number(value.toFixed(1));
  const summary = (latencies: { milliseconds: number[]; errors: number }) => {
    const sorted = [...latencies.milliseconds].sort((left, right) => left - right);
    return {
      requests: sorted.length,
      errors: latencies.errors,
      p50Ms: round(percentile(sorted, 0.5)),
      p99Ms: round(percentile(sorted, 0.99)),
      maxMs: round(sorted.at(-1) ?? Number.NaN),
    };
  };
  const report = {
    seconds: Number(values.seconds),
    attackers: Number(values.attackers),
    attackRequests: [...outcomes.values()].reduce((sum, outcome) => sum + outcome.milliseconds.length, 0),
    serverErrors,
    trivialIdle: summary(idle),
    trivialUnderAttack: summary(underAttack),
    attacks: Object.fromEntries(
      [...outcomes].map(([name, outcome]) => [
        name,
        {
          statuses: outcome.statuses,
          p50Ms: round(
            percentile(
              [...outcome.milliseconds].sort((a, b) => a - b),
              0.5,
            ),
          ),
        },
      ]),
    ),
    loadAverage: loadavg().map(round),
  };
  process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${JSON.stringify(report, null, 2)}\n`);
  if (serverErrors > 0 || report.trivialUnderAttack.errors > 0 || !(report.trivialUnderAttack.p99Ms < 1_000))
    process.exitCode = 1;
} finally {
  child.kill("SIGTERM");
}

/** The trivial query back to back until `deadline`: its latencies and failed answers. */
async function trivialLatencies(
  client: BenchClient,
  deadline: number,
): Promise<{ milliseconds: number[]; errors: number }> {
  const milliseconds: number[] = [];
  let errors = 0;
  while (Date.now() < deadline) {
    try {
      const reply = await client.post(TRIVIAL);
      milliseconds.push(reply.milliseconds);
      if (reply.status !== 200 || !reply.body.includes('"nations"')) errors++;
    } catch {
      errors++;
    }
  }
  return { milliseconds, errors };
}
