// The model-file check: pinned hash, missing file, changed file, a user-supplied NAVAB_GGUF, a bad candidate name.
import assert from "node:assert/strict";
import { test } from "node:test";
import { readDoctorEnvironment } from "../../../src/config/doctor-environment.js";
import { loadSettings } from "../../../src/config/settings.js";
import { MODEL_FILES, modelFilesCheck } from "../../../src/doctor/checks/model-files.js";
import { GGUF_CANDIDATES } from "../../../src/models/local/gguf-candidates.js";
import { fakeProbes } from "../../support/doctor-probes.js";

const settings = loadSettings({ NAVAB_HOME: "/tmp/navab-doctor" });
const pinned = GGUF_CANDIDATES.smollm2?.sha256 ?? "";
const expectedPath = "/tmp/navab-doctor/models/SmolLM2-135M-Instruct.Q4_1.gguf";
const check = (hashes: Record<string, string>, variables: NodeJS.ProcessEnv = {}) =>
  modelFilesCheck.run({
    settings,
    environment: readDoctorEnvironment(variables),
    probes: fakeProbes({ fileSha256: async (path) => hashes[path] }),
  });

test("models: the pinned GGUF with its hash is ok; missing or changed warns with the provisioning command", async () => {
  const fine = await check({ [expectedPath]: pinned });
  assert.equal(fine[0]?.status, "ok");
  assert.match(fine[0]?.detail ?? "", new RegExp(pinned));
  const missing = await check({});
  assert.deepEqual([missing[0]?.status, missing[0]?.fix], ["warn", "npx navab llm provision"]);
  const changed = await check({ [expectedPath]: "0".repeat(64) });
  assert.equal(changed[0]?.status, "warn");
  assert.match(changed[0]?.detail ?? "", /expected b179c952/);
});

test("models: NAVAB_GGUF is hashed and must exist; an unknown NAVAB_GGUF_CANDIDATE fails", async () => {
  const custom = await check({ "/models/mine.gguf": "ab".repeat(32) }, { NAVAB_GGUF: "/models/mine.gguf" });
  assert.equal(custom[0]?.status, "ok");
  assert.match(custom[0]?.detail ?? "", /not pinned/);
  assert.equal((await check({}, { NAVAB_GGUF: "/models/gone.gguf" }))[0]?.status, "fail");
  const unknown = await check({}, { NAVAB_GGUF_CANDIDATE: "llama-70b" });
  assert.equal(unknown[0]?.status, "fail");
  assert.match(unknown[0]?.fix ?? "", /smollm2/);
});

test("models: every MODEL_FILES entry names a path and a fix (adding a model is one entry)", () => {
  const context = { settings, environment: readDoctorEnvironment({}), probes: fakeProbes() };
  const files = MODEL_FILES.flatMap((entry) => entry(context));
  assert.ok(files.length >= 1);
  for (const file of files) assert.ok(file.path.length > 0 && file.fix.length > 0);
});
