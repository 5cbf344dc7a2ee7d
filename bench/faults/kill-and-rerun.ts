// Fault script (issue 12.8): for each long stage, one uninterrupted run, then the same stage under another run id
// killed with SIGKILL at seeded random points (a bounded number of times, each a fresh process) and re-run to the
// end; the final counts must equal the uninterrupted run's, nothing duplicated, no Run left `running`.
//   npx tsx bench/faults/kill-and-rerun.ts [--seed 12] [--kills 3] [--stages ingest,topics,statements,conflicts,evaluation]
//     [--records 200] [--triples 96] [--delay-ms 25] [--keep]
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadSettings } from "../../src/config/settings.js";
import { connectDatabase } from "../../src/database/connect.js";
import { seededRandom } from "../../src/shared/seeded-random.js";
import { killAt, runToEnd } from "./child-process.js";
import type { ChildJob } from "./stage-child.js";
import {
  conflictSummary,
  differences,
  evaluationSummary,
  ingestSummary,
  printable,
  statementSummary,
  topicSummary,
  type Summary,
} from "./summaries.js";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "12" },
    kills: { type: "string", default: "3" },
    stages: { type: "string", default: "ingest,topics,statements,conflicts,evaluation" },
    records: { type: "string", default: "200" },
    triples: { type: "string", default: "96" },
    "delay-ms": { type: "string", default: "25" },
    keep: { type: "boolean", default: false },
  },
});
const seed = Number(values.seed);
const kills = Math.min(10, Math.max(1, Number(values.kills)));
const stages = values.stages.split(",");
const delayMilliseconds = Number(values["delay-ms"]);
const random = seededRandom(seed);
const namespace = `faults-${randomUUID().slice(0, 8)}`;
const settings = loadSettings();
const executor = await connectDatabase(settings);
const work = await mkdtemp(join(tmpdir(), "navab-faults-"));
const slice = join(work, "slice.csv");
const lines = (await readFile(join(settings.corpora, "de-10kgnad", "test.csv"), "utf8")).split("\n");
await writeFile(slice, `${lines.slice(0, Number(values.records)).join("\n")}\n`);

/** Runs `jobOf("reference")` whole, then `jobOf("faulted")` killed `kills` times and re-run; compares summaries. */
async function faultStage(
  name: string,
  jobOf: (variant: string) => ChildJob,
  summary: (job: ChildJob) => Promise<Summary>,
) {
  const reference = jobOf("reference");
  const stageMilliseconds = await runToEnd(reference);
  const faulted = jobOf("faulted");
  const killPoints: number[] = [];
  let runningAfterKill = 0;
  let finished = false;
  for (let attempt = 0; attempt < kills && !finished; attempt += 1) {
    const delay = Math.round((0.05 + random() * 0.9) * stageMilliseconds);
    // A re-run resumes, so it may finish before its kill point: then it is the last run.
    finished = (await killAt(faulted, delay)) === "finished";
    if (finished) break;
    killPoints.push(delay);
    const [run] = await executor.read<{ status: string }>("testing/faults/run-statuses", { prefix: faulted.runId });
    if (run?.status === "running") runningAfterKill += 1;
  }
  if (!finished) await runToEnd(faulted);
  const [expected, actual] = [await summary(reference), await summary(faulted)];
  const [finalRun] = await executor.read<{ counts: string | null }>("testing/faults/run-statuses", {
    prefix: faulted.runId,
  });
  const differing = differences(expected, actual);
  return {
    stage: name,
    stageMilliseconds,
    killPoints,
    runningAfterKill,
    /** The last run's own counts (evaluation: resumed… = items kept from the killed runs' journal). */
    rerunCounts: JSON.parse(finalRun?.counts ?? "{}") as Record<string, unknown>,
    equal: differing.length === 0,
    differing,
    reference: printable(expected),
    faulted: printable(actual),
  };
}

const results = [];
const scopeOf = (variant: string) => `${namespace}-${variant}`;
const ingestJob = (variant: string): ChildJob => ({
  stage: "ingest",
  runId: `${namespace}-ingest-${variant}`,
  slice,
  scope: scopeOf(variant),
});
try {
  // Topics and evaluation read the reference ingest scope, so it is made first whichever stages are chosen.
  if (stages.includes("ingest"))
    results.push(
      await faultStage("ingest", ingestJob, (job) => ingestSummary(executor, (job as { scope: string }).scope)),
    );
  else await runToEnd(ingestJob("reference"));
  await executor.write("testing/faults/attach-nation", { nation: namespace, scope: scopeOf("reference") });
  const [outlet] = await executor.read<{ id: string }>("testing/faults/scope-outlets", { scope: scopeOf("reference") });
  if (stages.includes("topics"))
    results.push(
      await faultStage(
        "topics",
        (variant) => ({
          stage: "topics",
          runId: `${namespace}-topics-${variant}`,
          outlet: outlet?.id ?? "",
          delayMilliseconds,
        }),
        (job) => topicSummary(executor, job.runId),
      ),
    );
  // Extraction is "skip-done" by content (prompt version, model, article): each variant reads its own ingest copy.
  if (stages.includes("statements")) {
    if (!stages.includes("ingest")) await runToEnd(ingestJob("faulted"));
    results.push(
      await faultStage(
        "statements",
        (variant) => ({
          stage: "statements",
          runId: `${namespace}-statements-${variant}`,
          scope: scopeOf(variant),
          delayMilliseconds,
        }),
        (job) => statementSummary(executor, (job as { scope: string }).scope),
      ),
    );
  }
  // Conflict runs coexist by run id: both variants judge the reference copy's statements.
  if (stages.includes("conflicts")) {
    if (!stages.includes("statements"))
      await runToEnd({
        stage: "statements",
        runId: `${namespace}-statements-reference`,
        scope: scopeOf("reference"),
        delayMilliseconds: 0,
      });
    results.push(
      await faultStage(
        "conflicts",
        (variant) => ({
          stage: "conflicts",
          runId: `${namespace}-conflicts-${variant}`,
          nation: namespace,
          statementRunId: `${namespace}-statements-reference`,
        }),
        (job) => conflictSummary(executor, job.runId),
      ),
    );
  }
  if (stages.includes("evaluation")) {
    const tripleRunId = `${namespace}-triples`;
    await executor.write("testing/faults/create-triples", {
      runId: tripleRunId,
      scope: scopeOf("reference"),
      count: Number(values.triples),
    });
    results.push(
      await faultStage(
        "evaluation",
        (variant) => ({
          stage: "evaluation",
          runId: `${namespace}-evaluation-${variant}`,
          tripleRunId,
          home: work,
          delayMilliseconds,
        }),
        (job) => evaluationSummary(executor, job.runId, work),
      ),
    );
  }
  const runs = await executor.read<{ id: string; status: string }>("testing/faults/run-statuses", {
    prefix: namespace,
  });
  const leftRunning = runs.filter((run) => run.status === "running").map((run) => run.id);
  const notDone = runs.filter((run) => run.status !== "done").map((run) => `${run.id}: ${run.status}`);
  const ok = results.every(
    (result) => result.equal && result.reference.duplicated === 0 && result.faulted.duplicated === 0,
  );
  console.log(JSON.stringify({ seed, kills, namespace, results, runs: runs.length, leftRunning, notDone }, null, 1));
  process.exitCode = ok && notDone.length === 0 ? 0 : 1;
} finally {
  if (!values.keep) {
    await executor.write("testing/faults/delete-bench-data", { prefix: namespace });
    for (const variant of ["reference", "faulted"]) {
      for (let deleted = -1; deleted !== 0;)
        [{ deleted = 0 } = {}] = await executor.write<{ deleted: number }>("ingest/delete-scope", {
          scope: scopeOf(variant),
          limit: 2000,
        });
      await executor.write("ingest/delete-scope-quarantine", { scope: scopeOf(variant) });
    }
    await rm(work, { recursive: true, force: true });
  }
  await executor.close();
}
