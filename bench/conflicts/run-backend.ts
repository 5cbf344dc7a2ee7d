// Benchmark child: runs the reduction rounds of one generated graph with one backend in a fresh process, so
// `maxRSS` is this backend's peak; prints one JSON line.
import { loadSettings } from "../../src/config/settings.js";
import { reduceConflicts } from "../../src/conflicts/reduction/reduce-conflicts.js";
import { connectDatabase } from "../../src/database/connect.js";

const [runId, backend, rounds] = process.argv.slice(2);
if (!runId || (backend !== "memory" && backend !== "cypher"))
  throw new Error("usage: run-backend.ts <runId> memory|cypher [rounds]");
const executor = await connectDatabase(loadSettings());
const started = performance.now();
const result = await reduceConflicts(
  { runId },
  { settings: { rounds: Number(rounds ?? 5), execution: { backend } } },
  { executor, models: {} },
);
const seconds = (performance.now() - started) / 1000;
await executor.close();
process.stdout.write(
  `${JSON.stringify({ backend, seconds, maxRssMegabytes: process.resourceUsage().maxRSS / 1024, loadSeconds: result.loadSeconds, communityWriteSeconds: result.communityWriteSeconds, rounds: result.rounds })}\n`,
);
