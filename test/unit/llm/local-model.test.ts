// Local model provisioning: NAVAB_GGUF points at any file; unknown candidates and missing files are clear errors.
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { loadSettings } from "../../../src/config/settings.js";
import { GGUF_CANDIDATES, DEFAULT_GGUF_CANDIDATE } from "../../../src/models/local/gguf-candidates.js";
import { ensureLocalModel } from "../../../src/models/local/local-model.js";

test("NAVAB_GGUF is used as it is, with its sha256", async () => {
  const folder = await mkdtemp(join(tmpdir(), "navab-gguf-test-"));
  try {
    const path = join(folder, "tiny.gguf");
    await writeFile(path, "GGUF");
    const model = await ensureLocalModel(loadSettings(), { environment: { NAVAB_GGUF: path } });
    assert.equal(model.path, path);
    assert.equal(model.name, "tiny");
    assert.match(model.sha256, /^[0-9a-f]{64}$/);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test("bad choices are clear input errors", async () => {
  await assert.rejects(
    ensureLocalModel(loadSettings(), { environment: { NAVAB_GGUF: "/nonexistent/model.gguf" } }),
    /not a readable file/,
  );
  await assert.rejects(
    ensureLocalModel(loadSettings(), { environment: {}, candidate: "llama-70b" }),
    /unknown GGUF candidate/,
  );
});

test("candidates are pinned by version and sha256, and the default exists", () => {
  assert.ok(GGUF_CANDIDATES[DEFAULT_GGUF_CANDIDATE]);
  for (const candidate of Object.values(GGUF_CANDIDATES)) {
    assert.match(candidate.sha256, /^[0-9a-f]{64}$/);
    for (const part of candidate.parts) assert.match(part.version, /^\d+\.\d+\.\d+$/);
  }
  assert.equal(GGUF_CANDIDATES.gemma3?.parts.length, 4);
});
