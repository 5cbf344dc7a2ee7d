// Issue 12 item 4: an article stored with `url: "javascript:…"` must not run script when an auditor clicks it in
// the triple browser (a real Chromium click, playwright-core + Debian's chromium); every answer carries a CSP
// without inline script and forbids framing, the UI pages still work under that CSP, and a request for another
// Host name (DNS rebinding) is not answered with data. Skips without /usr/bin/chromium, like test/browser.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, test } from "node:test";
import { chromium, type Browser, type Page } from "playwright-core";
import { createApiServer, type ApiServer } from "../../src/api/server.js";
import { loadSettings } from "../../src/config/settings.js";
import type { CypherExecutor } from "../../src/database/executor.js";
import { openTestDatabase } from "../support/database.js";
import { rawRequest, removeSecurityFixture, seedSecurityFixture, type SecurityFixture } from "./security-fixture.js";

const chromiumPath = "/usr/bin/chromium";
const skip = existsSync(chromiumPath) ? false : `no ${chromiumPath}: install it with 'apt-get install -y chromium'`;
const hostileUrl = "javascript:window.navabXss=(window.navabXss||0)+1;alert('navab-xss')";

let executor: CypherExecutor;
let server: ApiServer;
let fixture: SecurityFixture;
let browser: Browser | undefined;

before(async () => {
  executor = await openTestDatabase();
  fixture = await seedSecurityFixture(executor, { url: hostileUrl, sourceFile: "uk-bbc/a.txt" });
  server = await createApiServer({ database: loadSettings().database, port: 0 });
  if (skip === false) {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-sync"],
    });
  }
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (fixture !== undefined) await removeSecurityFixture(executor, fixture.runId);
  await executor?.close();
});

/** A page that records dialogs (dismissed), script errors and CSP violations. */
async function watchedPage(): Promise<{ page: Page; dialogs: string[]; violations: string[] }> {
  const page = await (browser as Browser).newPage({ viewport: { width: 1400, height: 900 } });
  const dialogs: string[] = [];
  const violations: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
  return { page, dialogs, violations };
}

test("clicking a stored javascript: URL in the triple browser runs no script", { skip, timeout: 60_000 }, async () => {
  const { page, dialogs } = await watchedPage();
  await page.goto(`${server.pages.triples}?nation=${encodeURIComponent(fixture.nation)}`);
  await page.locator(`tr[data-triple="${fixture.tripleId}"]`).click({ timeout: 20_000 });
  await page.getByTestId("source-span").waitFor({ timeout: 10_000 });
  const shown = page.getByText(hostileUrl, { exact: true });
  await shown.waitFor({ timeout: 10_000 });
  await shown.click();
  await page.waitForTimeout(500);
  const ran = await page.evaluate(() => (window as unknown as { navabXss?: number }).navabXss);
  assert.deepEqual(dialogs, [], "no alert was raised");
  assert.equal(ran, undefined, "the stored script never ran");
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, "no javascript: link is rendered");
  await page.close();
});

test("every UI page works under the CSP: no violations, no script errors", { skip, timeout: 60_000 }, async () => {
  for (const url of [server.pages.auditor, server.pages.topics, server.pages.triples, server.pages.sandbox]) {
    const { page, violations } = await watchedPage();
    await page.goto(`${url}?nation=${encodeURIComponent(fixture.nation)}`);
    await page.waitForLoadState("networkidle");
    if (url === server.pages.sandbox) {
      await page.locator("#query").fill(`{ triples(where: { id: { eq: "${fixture.tripleId}" } }) { question } }`);
      await page.locator("#run").click();
      await page.locator("#output", { hasText: "HTTP 200" }).waitFor({ timeout: 10_000 });
    }
    assert.deepEqual(violations, [], url);
    await page.close();
  }
});

test("answers carry a strict CSP and forbid framing", async () => {
  for (const path of ["/ui/triples.html", "/ui/sandbox.html", "/ui/assets/triples-page.js"]) {
    const reply = await rawRequest(server.url, { path });
    assert.equal(reply.status, 200, path);
    const policy = String(reply.headers["content-security-policy"] ?? "");
    assert.match(policy, /script-src 'self'/, path);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/, path);
    assert.match(policy, /frame-ancestors 'none'/, path);
    assert.equal(reply.headers["x-frame-options"], "DENY", path);
  }
  const graphql = await rawRequest(server.url, { body: { query: "{ nations(limit: 1) { code } }" } });
  assert.match(String(graphql.headers["content-security-policy"]), /default-src 'none'/);
});

test("a request naming another Host (DNS rebinding) gets no data", async () => {
  const rebound = await rawRequest(server.url, {
    body: { query: `{ triples(where: { id: { eq: "${fixture.tripleId}" } }) { question } }` },
    headers: { host: "evil.example:80" },
  });
  assert.equal(rebound.status, 421);
  assert.doesNotMatch(rebound.body, /Should rivers be protected/);
  const page = await rawRequest(server.url, { path: "/ui/triples.html", headers: { host: "evil.example" } });
  assert.equal(page.status, 421);
  const loopback = await rawRequest(server.url, { path: "/ui/triples.html", headers: { host: "localhost" } });
  assert.equal(loopback.status, 200);
});
