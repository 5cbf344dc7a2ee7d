// Browser acceptance test of the report (issue 17.3): the real sections over a seeded graph fixture (the API
// fixture plus a conflict round, a Run and a judge calibration) and fixture files (an evaluation record, the demo's
// run record) are written to index.html, which Debian's chromium opens from disk: no console errors, no request
// leaves the page's folder and the API server, every table has rows, every link resolves (files exist, UI pages
// answer 200), Table 3 and Table 7 say "not run"; a screenshot goes to out/test-screenshots/report.png.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { after, before, test } from "node:test";
import { chromium, type Browser } from "playwright-core";
import { createApiServer, type ApiServer } from "../../src/api/server.js";
import { fromRepository } from "../../src/config/paths.js";
import { loadSettings } from "../../src/config/settings.js";
import type { CypherExecutor } from "../../src/database/executor.js";
import { renderReport } from "../../src/report/render-report.js";
import { REPORT_SECTIONS } from "../../src/report/sections/index.js";
import { openTestDatabase } from "../support/database.js";
import { writeReportFiles, type ReportFiles } from "../support/report/report-fixture.js";
import { removeApiFixture, seedApiFixture, type ApiFixture } from "../integration/api/api-fixture.js";

const chromiumPath = "/usr/bin/chromium";
const skip = existsSync(chromiumPath)
  ? false
  : `no ${chromiumPath}: install it with 'apt-get install -y chromium' to run browser tests`;
const screenshots = fromRepository("out", "test-screenshots");

let executor: CypherExecutor;
let server: ApiServer;
let fixture: ApiFixture;
let files: ReportFiles;
let browser: Browser;

before(async () => {
  if (skip !== false) return;
  executor = await openTestDatabase();
  fixture = await seedApiFixture(executor, "report");
  await executor.write("testing/report/seed", { runId: fixture.runId });
  files = writeReportFiles({ nation: fixture.nation });
  server = await createApiServer({ database: loadSettings().database, port: 0 });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (fixture !== undefined) await removeApiFixture(executor, fixture.runId);
  await executor?.close();
});

test("the report opens offline, every table has rows and every link resolves", { skip }, async () => {
  const { html, sections } = await renderReport(REPORT_SECTIONS, {
    executor,
    home: files.home,
    out: files.out,
    reference: loadSettings().reference,
    serveUrl: server.url,
    evaluationRuns: [files.evaluationRunId],
    runPrefix: fixture.runId,
    conflictRuns: { reduced: fixture.runId, ablation: `${fixture.runId}-none` },
  });
  const index = join(files.out, "index.html");
  writeFileSync(index, html);
  const status = Object.fromEntries(sections.map((section) => [section.id, section.status]));
  assert.deepEqual(status, {
    table1: "shown",
    table2: "shown",
    table3: "not run",
    conflicts: "shown",
    topics: "shown",
    judge: "shown",
    table7: "not run",
    links: "shown",
    run: "shown",
    records: "shown",
  });

  const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("request", (request) => {
    if (request.url() !== pathToFileURL(index).href) foreign.push(request.url());
  });
  await page.goto(pathToFileURL(index).href);
  assert.deepEqual(problems, [], "no console errors");
  assert.deepEqual(foreign, [], "self-contained: the page loads nothing else");

  for (const id of ["table1", "table2", "conflicts", "judge", "links", "run", "records"]) {
    const tables = page.locator(`section[data-section="${id}"] table`);
    assert.ok((await tables.count()) > 0, `${id} has a table`);
    for (let position = 0; position < (await tables.count()); position++)
      assert.ok((await tables.nth(position).locator("tr").count()) >= 2, `${id} table ${position} has rows`);
  }
  const table1 = (await page.locator('section[data-section="table1"]').textContent()) ?? "";
  assert.match(
    table1,
    new RegExp(`${fixture.nation}\\s*3\\s*0\\s*3\\s*3\\s*0\\s*1`),
    "3 articles, 3 quoted statements, 1 triple",
  );
  assert.match(table1, /China.*|4,000,000/, "the paper's Table 1 beside");
  const table2 = (await page.locator('section[data-section="table2"]').textContent()) ?? "";
  assert.match(table2, /0\.750 \[0\.550, 0\.950\] n=4/);
  assert.match(table2, /Qwen2\.5-72b/, "the paper's models beside");
  assert.equal(await page.locator(`figure[data-scope="nation:${fixture.nation}"] svg circle`).count(), 3);
  assert.match((await page.locator('section[data-section="table3"]').textContent()) ?? "", /Not run/);
  assert.match(
    (await page.locator('section[data-section="judge"]').textContent()) ?? "",
    new RegExp(`fake-judge-${fixture.runId}.*0\\.750 \\[0\\.500, 0\\.900\\]`),
  );

  const hrefs = await page
    .locator("main a[href]")
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  assert.ok(
    hrefs.some((href) => href.startsWith(`${server.url}/ui/auditor.html`)),
    "links into the auditor UI",
  );
  for (const href of new Set(hrefs)) {
    if (href.startsWith("file:")) assert.ok(existsSync(fileURLToPath(href.split("#")[0] ?? href)), `${href} exists`);
    else if (href.startsWith(server.url)) assert.equal((await fetch(href)).status, 200, `${href} answers`);
    else assert.fail(`unexpected link ${href}`);
  }
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: `${screenshots}/report.png`, fullPage: true });
  await page.close();
});
