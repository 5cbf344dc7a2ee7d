// The sidecar's state file is trusted only while it names the very process navab started: a reused pid (another
// program now has it) is neither reported as the embedder nor signalled by `navab embedder stop`.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { e5Layout } from "../../../src/models/embedding/e5/provision.js";
import { processIdentity, sameProcess } from "../../../src/models/embedding/e5/process-identity.js";
import { sidecarStatus, stopSidecar } from "../../../src/models/embedding/e5/sidecar.js";

const home = mkdtempSync(join(tmpdir(), "navab-embedder-identity-"));
after(() => rmSync(home, { recursive: true, force: true }));

function writeState(process: { pid: number; startTime: string; command: string }): void {
  const layout = e5Layout(home);
  mkdirSync(layout.root, { recursive: true });
  writeFileSync(layout.stateFile, JSON.stringify({ process, port: 1, threads: 1, version: "0.3.0" }));
}

test("a live process is identified by pid, start time and command line", () => {
  const self = processIdentity(process.pid);
  assert.ok(self !== undefined);
  assert.match(self.command, /node/);
  assert.equal(sameProcess(self), true);
  assert.equal(sameProcess({ ...self, startTime: `${self.startTime}1` }), false);
  assert.equal(processIdentity(2 ** 22 + 12345), undefined);
});

test("a state file whose pid now belongs to another program is not the sidecar, and stop leaves it alone", async () => {
  const self = processIdentity(process.pid)!;
  writeState({ pid: process.pid, startTime: self.startTime, command: "python3 -I sidecar.py site 1 1" });
  assert.equal(sidecarStatus(home).running, false);
  assert.equal(await stopSidecar(home), false, "this test process was not signalled");
  writeState({ pid: process.pid, startTime: "1", command: self.command });
  assert.equal(sidecarStatus(home).running, false, "same command, different start time: a reused pid");
  assert.equal(await stopSidecar(home), false);
});

test("a state file of a process that is gone reads as stopped", async () => {
  writeState({ pid: 2 ** 22 + 12345, startTime: "1", command: "python3" });
  const status = sidecarStatus(home);
  assert.equal(status.running, false);
  assert.equal(status.baseUrl, undefined);
  assert.equal(await stopSidecar(home), false);
});
