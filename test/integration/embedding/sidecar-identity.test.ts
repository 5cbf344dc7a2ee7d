// The sidecar's state file is trusted only while it names the very process navab started: a reused pid (another
// program now has it) is neither reported as the embedder nor signalled by `navab embedder stop`.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { describeProcess, type ProcessIdentity } from "../../../src/database/server/process-identity.js";
import { e5Layout } from "../../../src/models/embedding/e5/layout.js";
import { sidecarStatus, stopSidecar } from "../../../src/models/embedding/e5/sidecar.js";

const home = mkdtempSync(join(tmpdir(), "navab-embedder-identity-"));
after(() => rmSync(home, { recursive: true, force: true }));

function writeState(process: ProcessIdentity): void {
  const layout = e5Layout(home);
  mkdirSync(layout.root, { recursive: true });
  writeFileSync(layout.stateFile, JSON.stringify({ process, port: 1, threads: 1, version: "0.3.0" }));
}

test("a state file naming this very process reads as running (the check itself works)", () => {
  writeState(describeProcess(process.pid)!);
  const status = sidecarStatus(home);
  assert.equal(status.running, true);
  assert.equal(status.baseUrl, "http://127.0.0.1:1/v1");
});

test("a state file whose pid now belongs to another program is not the sidecar, and stop leaves it alone", async () => {
  const self = describeProcess(process.pid)!;
  writeState({ ...self, commandLine: "python3 -I sidecar.py site 1 1" });
  assert.equal(sidecarStatus(home).running, false);
  assert.equal(await stopSidecar(home), false, "this test process was not signalled");
  writeState({ ...self, startTime: "1" });
  assert.equal(sidecarStatus(home).running, false, "same command, different start time: a reused pid");
  assert.equal(await stopSidecar(home), false);
});

test("a state file of a process that is gone reads as stopped", async () => {
  writeState({ pid: 2 ** 22 + 12345, startTime: "1", commandLine: "python3" });
  const status = sidecarStatus(home);
  assert.equal(status.running, false);
  assert.equal(status.baseUrl, undefined);
  assert.equal(await stopSidecar(home), false);
});
