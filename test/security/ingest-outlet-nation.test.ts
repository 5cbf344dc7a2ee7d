// Issue 12 item 5: outlet id was slug(name) and merge-outlets dropped other OF_NATION edges, so ingesting one record
// with `--outlet "BBC News" --nation US` moved all 395 BBC articles from GB to US. Outlet identity now includes its
// nation: the second ingest makes a distinct outlet and the first keeps its nation and its articles.
// Real Neo4j; the outlet name carries this test's run id and the test removes only its own files and outlets.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { after, before, test } from "node:test";
import type { CypherExecutor } from "../../src/database/executor.js";
import { ingestPath } from "../../src/ingest/index.js";
import { slug } from "../../src/text/normalize.js";
import { silentProgress } from "../../src/shared/progress.js";
import { openTestDatabase, uniqueRunId } from "../support/database.js";

const runId = uniqueRunId("outlet-nation");
const folder = mkdtempSync(join(tmpdir(), "navab-outlet-"));
const british = join(folder, "british.jsonl");
const american = join(folder, "american.jsonl");
const outlet = `Security Broadcaster ${runId}`;
let executor: CypherExecutor;

before(async () => {
  executor = await openTestDatabase();
  const lines = (texts: string[]) => texts.map((text) => JSON.stringify({ text: `${text} (${runId})` })).join("\n");
  writeFileSync(british, lines(["The first British report.", "The second British report.", "The third one."]));
  writeFileSync(american, lines(["One American report under the same outlet name."]));
});

after(async () => {
  // Ids as this version names them and as the version before did (absolute paths, slug-only outlet ids).
  const fileId = (path: string) => `${basename(path)}#${createHash("sha256").update(path).digest("hex").slice(0, 12)}`;
  await executor.write("ingest/delete-files-data", {
    fileIds: [british, american].flatMap((path) => [fileId(path), path]),
    outletIds: [`${slug(outlet)}@gb`, `${slug(outlet)}@us`, slug(outlet)],
    runIds: [`${runId}-gb`, `${runId}-us`],
  });
  await executor.close();
  rmSync(folder, { recursive: true, force: true });
});

const articlesByNation = async (): Promise<Record<string, number>> => {
  const rows = await executor.read<{ nation: string; outlet: string; articles: number }>("ingest/count-articles");
  return Object.fromEntries(rows.filter((row) => row.outlet === outlet).map((row) => [row.nation, row.articles]));
};

test("ingesting one record with the same outlet name and another nation moves nothing", async () => {
  const dependencies = { executor, progress: silentProgress };
  await ingestPath(
    { path: british, format: "generic-jsonl", nation: "GB", outlet },
    { runId: `${runId}-gb` },
    dependencies,
  );
  assert.deepEqual(await articlesByNation(), { GB: 3 });
  await ingestPath(
    { path: american, format: "generic-jsonl", nation: "US", outlet },
    { runId: `${runId}-us` },
    dependencies,
  );
  assert.deepEqual(await articlesByNation(), { GB: 3, US: 1 }, "the British outlet keeps its nation and articles");
});
