// Human verification (NaVAB Table 7, issue 15) on the real Neo4j: the reference is the most central statement of
// the largest claim cluster, samples come from the active set and from before reduction, rater r1 labels on the
// command line (stopping half-way and resuming), r2 through the label writer, the LLM pre-labels through the
// structured path, and `navab verify report --json` gives the rates and Cohen's kappa computed by hand:
// r1 = A A A C C U U U A C, r2 = A A C C C U U A A U on s01..s10 → p_o = 7/10, p_e = .4·.4 + .3·.3 + .3·.3 = .34,
// κ = (.7 − .34) / (1 − .34) = 6/11 ≈ 0.5455.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, before, test } from "node:test";
import type { CypherExecutor } from "../../../src/database/executor.js";
import { fakeChatModel } from "../../../src/models/chat/fake-chat-model.js";
import {
  prelabelVerification,
  prepareVerification,
  readVerificationSets,
  recordHumanLabel,
  verificationSetId,
  type VerificationLabel,
} from "../../../src/verify/index.js";
import { table7Section } from "../../../src/report/sections/experiments.js";
import type { ReportContext } from "../../../src/report/section.js";
import { openTestDatabase, uniqueRunId } from "../../support/database.js";

let executor: CypherExecutor;
const runId = uniqueRunId("verify");
const nation = `Z${runId.slice(-6).toUpperCase()}`;
const stageRunIds = [`${runId}-prepare`, `${runId}-prelabel`];
const ids = Array.from({ length: 14 }, (_unused, index) => `${runId}-s${String(index).padStart(2, "0")}`);
const letters: Record<string, VerificationLabel> = { A: "align", C: "conflict", U: "unrelated" };
const first = "AAACCUUUAC";
const second = "AACCCUUAAU";
const labelOf = (rater: string, statementId: string): VerificationLabel => {
  const index = ids.indexOf(statementId) - 1;
  return letters[(rater === "r1" ? first : second)[index] as string] as VerificationLabel;
};

before(async () => {
  executor = await openTestDatabase();
  await executor.write("testing/verify/seed", {
    runId,
    nation,
    statements: ids.map((id, index) => ({ id, text: `statement number ${index}`, kept: index <= 10 })),
    pairs: [
      { left: ids[0], right: ids[1] },
      { left: ids[0], right: ids[2] },
      { left: ids[0], right: ids[3] },
      { left: ids[5], right: ids[6] },
    ],
  });
});

after(async () => {
  await executor.write("testing/verify/remove", { runId, stageRunIds });
  await executor.close();
});

function cli(args: string[], input = ""): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { encoding: "utf8", input });
}

test("prepare, label on the CLI (resumable), pre-label, and report rates and kappa", async () => {
  const [prepared] = await prepareVerification(
    { conflictRunId: runId, nations: [nation], raters: ["r1", "r2"] },
    { runId: stageRunIds[0], settings: { sampleSize: 10, overlap: 100, seed: 7 } },
    { executor, models: {} },
  );
  assert.equal(prepared?.referenceStatementId, ids[0], "the most central statement of the largest claim cluster");
  assert.equal(prepared?.referenceMethod, "largest-claim-cluster");
  assert.equal(prepared?.after, 10, "all ten kept statements besides the reference");
  assert.equal(prepared?.before, 10);
  const [set] = await readVerificationSets(executor, runId, [nation]);
  assert.ok(set && set.items.every((item) => item.raters.length === 2 && item.statementId !== ids[0]));
  const labelled = set.items.filter((item) => item.samples.includes("after"));
  // r1 on the command line: the queue is in item order and includes before-only items, which r1 skips ("s").
  const queue = set.items.map((item) => (item.samples.includes("after") ? labelOf("r1", item.statementId)[0] : "s"));
  const half = Math.ceil(queue.length / 2);
  const common = ["verify", "label", "--conflict-run", runId, "--nation", nation, "--rater", "r1"];
  const firstRun = cli(common, `${queue.slice(0, half).join("\n")}\nq\n`);
  assert.equal(firstRun.status, 0, firstRun.stderr);
  // Resumed: what r1 has not labelled yet, the skipped before-only items of the first half included.
  const rest = queue.filter((answer, index) => index >= half || answer === "s");
  const secondRun = cli(common, `${rest.join("\n")}\n`);
  assert.equal(secondRun.status, 0, secondRun.stderr);
  assert.match(
    secondRun.stdout,
    new RegExp(
      `^reference .*\\n${set.items.length - queue.slice(0, half).filter((answer) => answer !== "s").length} statements left`,
      "m",
    ),
  );
  for (const item of labelled)
    await recordHumanLabel(executor, {
      setId: set.setId,
      statementId: item.statementId,
      label: labelOf("r2", item.statementId),
      by: "r2",
    });
  const chat = fakeChatModel((request) => {
    const statement = set.items.find((item) => request.messages.some((message) => message.content.includes(item.text)));
    return {
      label: statement && statement.samples.includes("after") ? labelOf("r1", statement.statementId) : "unrelated",
    };
  }, "fake:verifier");
  const prelabel = await prelabelVerification(
    { conflictRunId: runId },
    { runId: stageRunIds[1] },
    { executor, models: { chat } },
  );
  assert.equal(prelabel.labelled, set.items.length);
  const report = cli(["verify", "report", "--conflict-run", runId, "--json"]);
  assert.equal(report.status, 0, report.stderr);
  const [nationReport] = (
    JSON.parse(report.stdout) as {
      nations: {
        setId: string;
        after: { labelled: number; disputed: number; align: { count: number; n: number }; conflict: { count: number } };
        agreement: { raters: string[]; items: number; cohenKappa: number };
        llm: { comparedItems: number; agreement: { rate: number }; cohenKappa: number };
      }[];
    }
  ).nations;
  assert.equal(nationReport?.setId, verificationSetId(runId, nation));
  assert.deepEqual(nationReport?.agreement.raters, ["r1", "r2"]);
  assert.equal(nationReport?.agreement.items, 10);
  assert.ok(
    Math.abs((nationReport?.agreement.cohenKappa ?? 0) - 6 / 11) < 1e-9,
    `kappa ${nationReport?.agreement.cohenKappa}`,
  );
  assert.equal(nationReport?.after.labelled, 10);
  assert.equal(nationReport?.after.disputed, 3, "s03, s08, s10: the raters disagree");
  assert.deepEqual(
    [nationReport?.after.align.count, nationReport?.after.align.n, nationReport?.after.conflict.count],
    [3, 7, 2],
  );
  assert.equal(nationReport?.llm.comparedItems, 7);
  assert.equal(nationReport?.llm.agreement.rate, 1, "the fake LLM answers r1's labels");
  const context = { executor, conflictRuns: { reduced: runId, ablation: runId } } as unknown as ReportContext;
  const data = await table7Section.load(context);
  assert.ok(data !== undefined, "the report's Table 7 section finds the sets");
  assert.match(table7Section.render(data, context), /<section class="navab-table7">[\s\S]*Cohen 0\.545/);
  const none = { executor, conflictRuns: { reduced: `${runId}-none`, ablation: "" } } as unknown as ReportContext;
  assert.equal(await table7Section.load(none), undefined, "no sets: the section says not run");
});
