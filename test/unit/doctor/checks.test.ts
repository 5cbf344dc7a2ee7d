// Each `navab doctor` check against fake probes (no IO): the healthy answer, the broken ones, and the fix each
// broken one prints.
import assert from "node:assert/strict";
import { test } from "node:test";
import { readDoctorEnvironment } from "../../../src/config/doctor-environment.js";
import { loadSettings } from "../../../src/config/settings.js";
import type { DoctorCheck, DoctorProbes, Finding } from "../../../src/doctor/index.js";
import { versionAtLeast } from "../../../src/doctor/check.js";
import { databaseCheck } from "../../../src/doctor/checks/database.js";
import { javaCheck, javaFeatureVersion } from "../../../src/doctor/checks/java.js";
import { llamaBinaryCheck } from "../../../src/doctor/checks/llama-binary.js";
import { mavenCheck } from "../../../src/doctor/checks/maven.js";
import { portsCheck } from "../../../src/doctor/checks/ports.js";
import { pythonCheck } from "../../../src/doctor/checks/python.js";
import { heapBytes, resourcesCheck } from "../../../src/doctor/checks/resources.js";
import { runtimeCheck } from "../../../src/doctor/checks/runtime.js";
import { dataFoldersCheck } from "../../../src/doctor/checks/data-folders.js";
import { fakeProbes, healthyCommands } from "../../support/doctor-probes.js";

const GIB = 1024 ** 3;
const embedded = loadSettings({ NAVAB_HOME: "/tmp/navab-doctor", NAVAB_NEO4J_PORT: "7799", NAVAB_NEO4J_HEAP: "2g" });
const external = loadSettings({ NAVAB_HOME: "/tmp/navab-doctor", NEO4J_URI: "neo4j+s://example.databases.neo4j.io" });

async function run(check: DoctorCheck, probes: DoctorProbes, settings = embedded, variables = {}): Promise<Finding[]> {
  return check.run({ settings, environment: readDoctorEnvironment(variables), probes });
}
const statuses = (findings: Finding[]): string[] => findings.map((finding) => finding.status);
const without = (line: string) => ({ ...healthyCommands, [line]: undefined });

test("versions: part by part, with prefixes and suffixes", () => {
  assert.ok(versionAtLeast("v20.10.0", [20, 10]));
  assert.ok(versionAtLeast("v22.1.0", [20, 10]));
  assert.ok(!versionAtLeast("v20.9.9", [20, 10]));
  assert.ok(!versionAtLeast("10.9.2", [11]));
  assert.equal(javaFeatureVersion('openjdk version "21.0.5" 2024-10-15'), 21);
  assert.equal(javaFeatureVersion('java version "1.8.0_392"'), 8);
  assert.equal(javaFeatureVersion("no java here"), undefined);
});

test("runtime: Node below 20.10 fails, an untested major warns, an old or missing npm warns", async () => {
  assert.deepEqual(statuses(await run(runtimeCheck, fakeProbes())), ["ok", "ok"]);
  const old = await run(
    runtimeCheck,
    fakeProbes({ node: () => ({ version: "v18.19.0", platform: "linux", architecture: "x64" }) }),
  );
  assert.equal(old[0]?.status, "fail");
  assert.match(old[0]?.fix ?? "", /Node 20 or 22/);
  const newer = await run(
    runtimeCheck,
    fakeProbes({ node: () => ({ version: "v24.1.0", platform: "linux", architecture: "x64" }) }),
  );
  assert.equal(newer[0]?.status, "warn");
  const npm10 = await run(
    runtimeCheck,
    fakeProbes({}, { ...healthyCommands, "npm --version": { exitCode: 0, output: "10.9.2" } }),
  );
  assert.deepEqual([npm10[1]?.status, npm10[1]?.fix], ["warn", "npm install -g npm@11"]);
  assert.equal((await run(runtimeCheck, fakeProbes({}, without("npm --version"))))[1]?.status, "warn");
});

test("java: needed for the embedded server (17+), not for an external one", async () => {
  assert.deepEqual(statuses(await run(javaCheck, fakeProbes())), ["ok"]);
  const missing = await run(javaCheck, fakeProbes({}, without("java -version")));
  assert.equal(missing[0]?.status, "fail");
  assert.match(missing[0]?.fix ?? "", /openjdk-17/);
  assert.equal((await run(javaCheck, fakeProbes({}, without("java -version")), external))[0]?.status, "ok");
  const java11 = { ...healthyCommands, "java -version": { exitCode: 0, output: 'openjdk version "11.0.2"' } };
  assert.equal((await run(javaCheck, fakeProbes({}, java11)))[0]?.status, "fail");
});

test("maven: needed to fetch the embedded server's jars", async () => {
  assert.match((await run(mavenCheck, fakeProbes()))[0]?.detail ?? "", /Apache Maven 3\.8\.7/);
  const missing = await run(mavenCheck, fakeProbes({}, without("mvn -B -v")));
  assert.deepEqual([missing[0]?.status, missing[0]?.fix], ["fail", "apt-get install -y maven"]);
  assert.equal((await run(mavenCheck, fakeProbes({}, without("mvn -B -v")), external))[0]?.status, "ok");
});

test("python: NAVAB_PYTHON is used; no python or no pip only warns", async () => {
  const probes = fakeProbes({}, { ...healthyCommands, "/opt/py --version": { exitCode: 0, output: "Python 3.12.1" } });
  const findings = await run(pythonCheck, probes, embedded, { NAVAB_PYTHON: "/opt/py" });
  assert.deepEqual(statuses(findings), ["ok", "warn"]);
  assert.ok(probes.commands.includes("/opt/py -m pip --version"));
  assert.deepEqual(statuses(await run(pythonCheck, fakeProbes({}, without("python3 --version")))), ["warn"]);
});

test("resources: too little disk fails, little warns; memory for heap + page cache + process", async () => {
  assert.equal(heapBytes("2g"), 2 * GIB);
  assert.equal(heapBytes("1536m"), 1.5 * GIB);
  assert.deepEqual(statuses(await run(resourcesCheck, fakeProbes())), ["ok", "ok"]);
  assert.equal((await run(resourcesCheck, fakeProbes({ freeDiskBytes: async () => 0.5 * GIB })))[0]?.status, "fail");
  assert.equal((await run(resourcesCheck, fakeProbes({ freeDiskBytes: async () => 3 * GIB })))[0]?.status, "warn");
  const small = await run(
    resourcesCheck,
    fakeProbes({ memory: () => ({ totalBytes: 3 * GIB, availableBytes: 2 * GIB }) }),
  );
  assert.equal(small[1]?.status, "fail"); // 1 GiB process + 2 GiB heap + 1 GiB page cache > 3 GiB
  assert.match(small[1]?.fix ?? "", /NAVAB_NEO4J_HEAP/);
  const busy = await run(
    resourcesCheck,
    fakeProbes({ memory: () => ({ totalBytes: 24 * GIB, availableBytes: 2 * GIB }) }),
  );
  assert.equal(busy[1]?.status, "warn");
  const remote = await run(
    resourcesCheck,
    fakeProbes({ memory: () => ({ totalBytes: 3 * GIB, availableBytes: 2 * GIB }) }),
    external,
  );
  assert.equal(remote[1]?.status, "ok");
});

test("ports: a Bolt port held by another program fails, a busy API port warns", async () => {
  const open = new Set([7799]);
  const ours = await run(portsCheck, fakeProbes({ portOpen: async (port) => open.has(port) }));
  assert.deepEqual(statuses(ours), ["ok", "ok"]);
  const taken = await run(
    portsCheck,
    fakeProbes({
      portOpen: async (port) => open.has(port),
      embeddedServer: () => ({ running: false, pid: undefined }),
    }),
  );
  assert.equal(taken[0]?.status, "fail");
  assert.match(taken[0]?.fix ?? "", /NAVAB_NEO4J_PORT/);
  const api = await run(portsCheck, fakeProbes({ portOpen: async () => true }), external);
  assert.deepEqual([api.length, api[0]?.status, api[0]?.fix], [1, "warn", "npx navab serve --port 4100"]);
});

test("database: not started, unreachable, wrong credentials, missing APOC, fine", async () => {
  const stopped = await run(databaseCheck, fakeProbes({ embeddedServer: () => ({ running: false, pid: undefined }) }));
  assert.deepEqual([stopped[0]?.status, stopped[0]?.fix], ["fail", "npx navab db start"]);
  const refused = await run(
    databaseCheck,
    fakeProbes({ database: async () => ({ reachable: false, reason: "authentication", message: "unauthorized" }) }),
    external,
  );
  assert.equal(refused[0]?.status, "fail");
  assert.match(refused[0]?.fix ?? "", /NEO4J_USER and NEO4J_PASSWORD/);
  const refusedEmbedded = await run(
    databaseCheck,
    fakeProbes({ database: async () => ({ reachable: false, reason: "authentication", message: "unauthorized" }) }),
  );
  assert.match(refusedEmbedded[0]?.fix ?? "", /^npx navab db stop && npx navab db start/);
  const away = await run(
    databaseCheck,
    fakeProbes({ database: async () => ({ reachable: false, reason: "unreachable", message: "ECONNREFUSED" }) }),
    external,
  );
  assert.match(away[0]?.fix ?? "", /check NEO4J_URI/);
  const noApoc = await run(
    databaseCheck,
    fakeProbes({ database: async () => ({ reachable: true, missingApocFunctions: ["apoc.date.convertFormat"] }) }),
  );
  assert.match(noApoc[0]?.detail ?? "", /apoc\.date\.convertFormat/);
  assert.deepEqual(statuses(await run(databaseCheck, fakeProbes())), ["ok"]);
});

test("llama prebuilt: missing or of another version than node-llama-cpp is reported", async () => {
  assert.deepEqual(statuses(await run(llamaBinaryCheck, fakeProbes())), ["ok"]);
  const mac = fakeProbes({
    node: () => ({ version: "v20.20.2", platform: "darwin", architecture: "arm64" }),
    packageVersion: (name) =>
      name === "node-llama-cpp" ? "3.22.1" : name === "@node-llama-cpp/mac-arm64-metal" ? "3.21.1" : undefined,
  });
  const mismatch = await run(llamaBinaryCheck, mac);
  assert.equal(mismatch[0]?.status, "warn");
  assert.match(mismatch[0]?.detail ?? "", /3\.21\.1 under node-llama-cpp 3\.22\.1/);
  assert.equal((await run(llamaBinaryCheck, fakeProbes({ packageVersion: () => undefined })))[0]?.status, "fail");
});

test("data folders: missing or empty corpora and reference warn with the variable to set", async () => {
  assert.deepEqual(statuses(await run(dataFoldersCheck, fakeProbes())), ["ok", "ok"]);
  const missing = await run(dataFoldersCheck, fakeProbes({ folderEntries: async () => undefined }));
  assert.deepEqual(statuses(missing), ["warn", "warn"]);
  assert.match(missing[0]?.fix ?? "", /NAVAB_CORPORA/);
});
