// `navab doctor` against the real database: the running server passes the database check through the real
// probes (connect, credentials, APOC), and a port nobody listens on is reported unreachable with its fix.
import assert from "node:assert/strict";
import { createServer } from "node:net";
import { test } from "node:test";
import { readDoctorEnvironment } from "../../src/config/doctor-environment.js";
import { loadSettings } from "../../src/config/settings.js";
import { databaseCheck } from "../../src/doctor/checks/database.js";
import { systemProbes } from "../../src/doctor/index.js";
import { openTestDatabase } from "../support/database.js";

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === "object" && address !== null ? address.port : 1;
}

test("doctor: the running database is reachable, accepts the credentials and has APOC", async () => {
  await (await openTestDatabase()).close(); // makes sure the embedded server runs, as `npm test` does
  const findings = await databaseCheck.run({
    settings: loadSettings(),
    environment: readDoctorEnvironment(),
    probes: systemProbes,
  });
  assert.deepEqual(
    findings.map((finding) => finding.status),
    ["ok"],
    JSON.stringify(findings),
  );
});

test("doctor: a database URI nobody answers on fails with what to check", async () => {
  const settings = loadSettings({ ...process.env, NEO4J_URI: `bolt://127.0.0.1:${await closedPort()}` });
  const [finding] = await databaseCheck.run({ settings, environment: readDoctorEnvironment(), probes: systemProbes });
  assert.equal(finding?.status, "fail");
  assert.match(finding?.detail ?? "", /cannot be reached/);
  assert.match(finding?.fix ?? "", /check NEO4J_URI/);
});
