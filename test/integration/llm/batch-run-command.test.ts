// `navab batch run -- <stage command>` end to end: the real command tree (createProgram) on a pipeline Session whose
// home is a temporary folder (answer cache, token logs, batch records) and whose database is the test graph,
// against the scripted Batch API server. The statement chain: `batch estimate` submits nothing; `--detach` submits
// the extraction batch and prints the resume command; `batch status` lists the running batch; the printed resume
// command (a new command tree and collector: what a restarted process has) polls instead of re-submitting and takes
// one batch per dependent step. AJ evaluation: answers, then verdicts, two batches, no synchronous call.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { createProgram } from "../../../src/cli/program.js";
import { loadSettings } from "../../../src/config/settings.js";
import type { CypherExecutor } from "../../../src/database/executor.js";
import type { BatchRequestLine } from "../../../src/models/chat/batch-api.js";
import type { Session } from "../../../src/pipeline/session.js";
import { silentProgress } from "../../../src/shared/progress.js";
import { openTestDatabase, uniqueRunId } from "../../support/database.js";
import { readRun } from "../../support/run-records.js";
import { startScriptedBatchServer, type ScriptedBatchServer } from "../../support/scripted-batch-server.js";
import { statementAnswers } from "../statements/scripted-answers.js";

const testId = uniqueRunId("batch-command");
const runId = `${testId}-run`;
/** Makes this file's statement texts its own: identical texts across articles share one StatementGroup (item). */
const tag = testId.slice(-8);
const folders: string[] = [];
const servers: ScriptedBatchServer[] = [];
let executor: CypherExecutor;

const ARTICLES = [
  {
    id: `${testId}-a1`,
    kind: "answer",
    title: "台湾",
    text: `记者问到台湾问题。中方坚决反对任何形式的“台独”分裂活动${tag}。`,
  },
  {
    id: `${testId}-a2`,
    kind: "answer",
    title: "南海",
    text: `关于南海问题，中方坚决反对域外国家干涉地区事务${tag}。布林肯国务卿昨天表示美方支持所谓航行自由行动${tag}。`,
  },
].map((article) => ({ ...article, topics: [], topicLabel: "" }));

const refuseSynchronous = () => ({
  status: 400,
  body: { error: { message: "the synchronous path must not be used" } },
});

/** A session like the CLI's, with its output captured, its home in a new folder and the test graph as database. */
function testSession() {
  const folder = mkdtempSync(join(tmpdir(), "navab-batch-command-"));
  folders.push(folder);
  const settings = { ...loadSettings(), home: folder };
  const printed: string[] = [];
  const session: Session = {
    settings: () => settings,
    withDatabase: (work) => work(executor, settings),
    progress: silentProgress,
    print: (line) => printed.push(line),
    log: () => {},
  };
  /** Runs one navab command line (without "navab") on a fresh command tree: one CLI process. */
  const navab = async (...args: string[]) => {
    const start = printed.length;
    await createProgram(session).parseAsync(args, { from: "user" });
    return printed.slice(start);
  };
  return { navab, folder };
}

before(async () => {
  executor = await openTestDatabase();
  await executor.write("testing/statements/seed", {
    testId,
    nation: "CN",
    language: "zh",
    speakerName: "汪文斌",
    articles: ARTICLES,
  });
});

after(async () => {
  await executor.write("testing/statements/delete-run", { testId });
  await executor.close();
  for (const server of servers) await server.close();
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

test("batch run -- statements run: estimate, detach, status, then the printed resume command finishes the chain", async () => {
  let held = true;
  const server = await startScriptedBatchServer({
    answer: (line: BatchRequestLine) => {
      const reply = statementAnswers({ path: line.url, body: line.body, headers: {} });
      return "content" in reply ? { content: reply.content } : { status: 400, message: "unknown step" };
    },
    hold: () => held,
    chat: refuseSynchronous,
  });
  servers.push(server);
  const { navab } = testSession();
  const stage = ["statements", "run", "--article", ...ARTICLES.map((article) => article.id)];
  const backend = ["--backend", "openai", "--base-url", server.baseUrl, "--model", "scripted-model", "--run-id", runId];

  const estimate = await navab("batch", "estimate", "--", ...stage, ...backend);
  assert.match(estimate[0] ?? "", /^first step: 2 requests, ~\d+ prompt tokens/);
  assert.equal(server.count("POST /v1/files"), 0, "an estimate uploads nothing");

  const detached = await navab("batch", "run", "--yes", "--detach", "--", ...stage, ...backend);
  const resume = /^batch run (\S+): 1 batch\(es\) still running; resume with: navab (batch run -- .+)$/.exec(
    detached.at(-1) ?? "",
  );
  assert.ok(resume, `a detached run prints how to resume it (got ${JSON.stringify(detached)})`);
  assert.equal(resume[1], runId);
  assert.equal(server.count("POST /v1/batches"), 1, "the extraction batch");
  const deferred = await readRun(executor, runId);
  assert.equal(deferred.status, "deferred", "a pass waiting for a batch is not a failed run");
  assert.equal(deferred.counts.deferredItems, 2);

  const status = await navab("batch", "status");
  assert.equal(status.length, 1);
  assert.match(status[0] ?? "", /^batch_\S+ \[\S+\] (validating|in_progress); 2 requests to /);

  held = false;
  const [batch, run, dashes, ...resumed] = (resume[2] ?? "").split(" ");
  assert.deepEqual([batch, run, dashes], ["batch", "run", "--"]);
  const finished = await navab("batch", "run", "--yes", "--poll-seconds", "0", "--", ...resumed);
  assert.match(finished.at(-1) ?? "", new RegExp(`^batch run ${runId}: done in \\d+ passes, \\d+ requests submitted$`));
  assert.ok(finished.some((line) => line.startsWith(`triples run ${runId}:triples: `)));
  assert.equal(
    server.count("POST /v1/batches"),
    6,
    "extraction, source judgment, questions, reverse statements, the verifier's pair judge and question check",
  );
  const keys = server.engine.submittedLines().map((line) => line.custom_id);
  assert.equal(new Set(keys).size, keys.length, "no request submitted twice");
  assert.equal(server.requests.filter((request) => request.path.endsWith("/chat/completions")).length, 0);
  for (const id of [runId, `${runId}:sources`, `${runId}:triples`])
    assert.equal((await readRun(executor, id)).status, "done");
  const [counts] = await executor.read<{ statements: number; triples: number; speakers: string[] }>(
    "testing/statements/count",
    { testId },
  );
  assert.deepEqual([counts?.statements, counts?.triples], [3, 3]);
  assert.ok(counts?.speakers.includes("布林肯"), "source judgment from the batch answers attributed the quote");

  const finalStatus = await navab("batch", "status");
  assert.equal(finalStatus.length, 6);
  assert.ok(finalStatus.every((line) => / completed; /.test(line) && /filled: \d+ answers, 0 failures/.test(line)));
});

test("batch run -- eval --methods aj: answers, then verdicts, two batches and no synchronous call", async () => {
  const server = await startScriptedBatchServer({
    answer: (line: BatchRequestLine) => {
      const body = line.body as { messages: { content: string }[]; response_format?: unknown };
      if (body.response_format === undefined) return { content: "I agree." };
      const choice = /<data-statementA>\n/.test(body.messages.at(-1)?.content ?? "") ? "A" : "B";
      return { content: JSON.stringify({ choice, reason: "scripted" }) };
    },
    chat: refuseSynchronous,
  });
  servers.push(server);
  const { navab, folder } = testSession();
  const printed = await navab(
    "batch",
    "run",
    "--yes",
    "--poll-seconds",
    "0",
    "--",
    "eval",
    "--methods",
    "aj",
    "--sets",
    "reference",
    "--limit",
    "3",
    "--no-database",
    "--backend",
    "openai",
    "--base-url",
    server.baseUrl,
    "--model",
    "scripted-model",
  );
  const done = /^batch run (\S+): done in 3 passes, 6 requests submitted$/.exec(printed.at(-1) ?? "");
  assert.ok(done, `three passes: answers, verdicts, the final one (got ${JSON.stringify(printed)})`);
  assert.ok(
    printed.some((line) => /^\S+\tALL\taj\tjudge\tn=3\t/.test(line)),
    "the AJ rate over the 3 items is printed",
  );
  assert.ok(printed.includes(`run ${done[1]}: record ${join(folder, "evaluation", `${done[1]}.json`)}`));
  assert.equal(server.count("POST /v1/batches"), 2);
  assert.equal(server.requests.filter((request) => request.path.endsWith("/chat/completions")).length, 0);
});
