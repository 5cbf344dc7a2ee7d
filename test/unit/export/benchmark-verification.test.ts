// A benchmark release of a conflict run's variant carries that run's verification results (issue 15.3).
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { exportBenchmark, type PreferenceRow } from "../../../src/export/index.js";

const row: PreferenceRow = {
  id: "t1",
  prompt: "Q?",
  chosen: "S",
  rejected: "RS",
  nation: "CN",
  set: "quoted",
  language: "en",
  conflictReduced: true,
  tripleId: "t1",
  statementId: "s1",
  articleId: "a1",
  tripleRunId: "r",
};

test("the release folder holds verification.json and the card names it; without it, neither", async () => {
  const folder = await mkdtemp(join(tmpdir(), "navab-release-"));
  try {
    const verification = { conflictRunId: "conflicts-1", nations: [{ nation: "CN", agreement: { cohenKappa: 0.5 } }] };
    await exportBenchmark([row], join(folder, "with"), "test", verification);
    assert.deepEqual(JSON.parse(await readFile(join(folder, "with", "verification.json"), "utf8")), verification);
    assert.match(
      await readFile(join(folder, "with", "README.md"), "utf8"),
      /conflict run `conflicts-1`.*verification\.json \(1 nations\)/,
    );
    await exportBenchmark([row], join(folder, "without"), "test");
    await assert.rejects(readFile(join(folder, "without", "verification.json"), "utf8"));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
