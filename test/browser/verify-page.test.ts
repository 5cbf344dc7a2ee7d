// Browser acceptance test of the verification page (issue 15, NaVAB Table 7): chromium (playwright-core) opens
// /ui/verify.html on a prepared set, the rater pastes a reviewer token, labels ten statements with the keys a / c /
// u, reloads, and sees the ten labels kept (the queue resumes at the eleventh); the labels are in the graph with
// the token's subject as `by`. Skips (does not fail) when /usr/bin/chromium is absent.
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { after, before, test } from "node:test";
import { chromium, type Browser } from "playwright-core";
import { signToken } from "../../src/api/authentication.js";
import { createApiServer, type ApiServer } from "../../src/api/server.js";
import { fromRepository } from "../../src/config/paths.js";
import { loadSettings } from "../../src/config/settings.js";
import type { CypherExecutor } from "../../src/database/executor.js";
import { prepareVerification, readVerificationLabels, verificationSetId } from "../../src/verify/index.js";
import { openTestDatabase, uniqueRunId } from "../support/database.js";

const chromiumPath = "/usr/bin/chromium";
const skip = existsSync(chromiumPath)
  ? false
  : `no ${chromiumPath}: install it with 'apt-get install -y chromium' to run browser tests`;
const secret = "test-secret-for-the-navab-verify-page-0123456789";
const runId = uniqueRunId("verify-page");
const nation = `Y${runId.slice(-6).toUpperCase()}`;
const stageRunIds = [`${runId}-prepare`];

let executor: CypherExecutor;
let server: ApiServer;
let browser: Browser;

before(async () => {
  if (skip !== false) return;
  executor = await openTestDatabase();
  await executor.write("testing/verify/seed", {
    runId,
    nation,
    statements: Array.from({ length: 16 }, (_unused, index) => ({
      id: `${runId}-s${index}`,
      text: `Statement ${index} of the verification page test`,
      kept: index < 13,
    })),
    pairs: [{ left: `${runId}-s0`, right: `${runId}-s1` }],
  });
  await prepareVerification(
    { conflictRunId: runId, nations: [nation] },
    { runId: stageRunIds[0], settings: { sampleSize: 12 } },
    { executor, models: {} },
  );
  server = await createApiServer({ database: loadSettings().database, jwtSecret: secret, port: 0 });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-quic"],
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (executor !== undefined) {
    await executor.write("testing/verify/remove", { runId, stageRunIds });
    await executor.close();
  }
});

test("ten statements labelled with the keyboard are kept across a reload", { skip }, async () => {
  const setId = verificationSetId(runId, nation);
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${server.pages.auditor.replace("auditor.html", "verify.html")}?set=${encodeURIComponent(setId)}`);
  await page.locator("#token").fill(await signToken(secret, "alice"));
  await page.locator("#token").dispatchEvent("change");
  await page.waitForSelector(`#progress[data-labelled="0"]`, { timeout: 20_000 }).catch(async (error: unknown) => {
    throw new Error(
      `the set never loaded (${String(error)}); page errors: ${problems.join("; ")}; status: ${await page.locator("#status").textContent()}; statement: ${await page.locator("#statement").textContent()}`,
    );
  });
  const total = Number(/of (\d+) labelled/.exec((await page.locator("#progress").textContent()) ?? "")?.[1]);
  assert.ok(total > 10, `the set has more than ten items (${total})`);
  const keys = ["a", "c", "u", "a", "a", "c", "u", "u", "a", "c"];
  const seen: string[] = [];
  for (const [index, key] of keys.entries()) {
    seen.push((await page.locator("#statement").getAttribute("data-statement-id")) ?? "");
    await page.keyboard.press(key);
    await page
      .waitForSelector(`#progress[data-labelled="${index + 1}"]`, { timeout: 10_000 })
      .catch(async (error: unknown) => {
        throw new Error(
          `label ${index + 1} not kept (${String(error)}); status: ${await page.locator("#status").textContent()}`,
        );
      });
  }
  mkdirSync(fromRepository("out", "test-screenshots"), { recursive: true });
  await page.screenshot({ path: fromRepository("out", "test-screenshots", "verify-page.png") });
  await page.reload();
  await page.waitForSelector(`#progress[data-labelled="10"]`, { timeout: 20_000 });
  const next = (await page.locator("#statement").getAttribute("data-statement-id")) ?? "";
  assert.ok(next !== "" && !seen.includes(next), "the queue resumes after the ten labelled statements");
  const stored = (await readVerificationLabels(executor, [setId])).human;
  assert.deepEqual(stored.map((label) => label.statementId).sort(), [...seen].sort());
  assert.ok(stored.every((label) => label.by === "alice"));
  const byStatement = new Map(stored.map((label) => [label.statementId, label.label]));
  assert.deepEqual(
    seen.map((id) => byStatement.get(id)?.[0]),
    keys,
  );
  assert.deepEqual(problems, [], "no script errors on the page");
  await page.close();
});
