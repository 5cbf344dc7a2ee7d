// Issue 12 item 7, pid files: `db status` and `db stop` act only on the process the pid file proves to be the
// embedded server. Before the fix, a pid file naming a reused pid made status say "running" and stop kill that
// unrelated process. Each test uses its own NAVAB_HOME, never the real server's.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { loadSettings, type Settings } from "../../src/config/settings.js";
import { serverStatus, stopServer } from "../../src/database/server/manager.js";
import { describeProcess } from "../../src/database/server/process-identity.js";
import { serverLayout } from "../../src/database/server/provision.js";

const homes: string[] = [];
const children: ChildProcess[] = [];
after(() => {
  for (const child of children) child.kill("SIGKILL");
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

function scratchSettings(): Settings {
  const home = mkdtempSync(join(tmpdir(), "navab-pid-"));
  homes.push(home);
  mkdirSync(join(home, "neo4j"));
  return loadSettings({ NAVAB_HOME: home, NAVAB_NEO4J_PORT: "7702" });
}

function start(command: string, args: string[]): ChildProcess & { pid: number } {
  const child = spawn(command, args, { stdio: "ignore" });
  children.push(child);
  assert.ok(child.pid !== undefined, `${command} started`);
  return child as ChildProcess & { pid: number };
}

const alive = (child: ChildProcess): boolean => child.exitCode === null && child.signalCode === null;

test("a pid file naming an unrelated live process: status says stopped, stop leaves it alive", async () => {
  const settings = scratchSettings();
  const unrelated = start("sleep", ["60"]);
  writeFileSync(serverLayout(settings.home).pidFile, String(unrelated.pid));
  assert.equal(serverStatus(settings).running, false);
  assert.equal(await stopServer(settings), false);
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.ok(alive(unrelated), "the unrelated process still runs");
});

test("a recorded identity whose start time differs (a reused pid) is not the server", async () => {
  const settings = scratchSettings();
  const unrelated = start("sleep", ["60"]);
  const identity = describeProcess(unrelated.pid);
  assert.ok(identity);
  writeFileSync(serverLayout(settings.home).pidFile, JSON.stringify({ ...identity, startTime: "1" }));
  assert.equal(serverStatus(settings).running, false);
  assert.equal(await stopServer(settings), false);
  assert.ok(alive(unrelated));
  assert.equal(existsSync(serverLayout(settings.home).pidFile), false, "the stale pid file is removed");
});

test("the process the pid file proves to be the server is reported and stopped", async () => {
  const settings = scratchSettings();
  const layout = serverLayout(settings.home);
  // Stands in for the Java launcher: its command line names navab.Launcher and this data folder.
  const server = start(process.execPath, ["-e", "setInterval(() => {}, 1000)", "navab.Launcher", layout.data]);
  const identity = describeProcess(server.pid);
  assert.ok(identity);
  writeFileSync(layout.pidFile, JSON.stringify(identity));
  assert.deepEqual([serverStatus(settings).running, serverStatus(settings).pid], [true, server.pid]);
  const exited = once(server, "exit");
  assert.equal(await stopServer(settings), true);
  await exited;
  assert.equal(serverStatus(settings).running, false);
});
