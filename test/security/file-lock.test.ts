// Issue 12 item 7, locks: a lock names its holder and is taken over only when that holder is dead. Before the fix,
// a lock older than the timeout was deleted whoever held it (a slow first start lost its lock and a second process
// deleted lib/ under it), and after kill -9 the next command waited for the timeout.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { fromRepository } from "../../src/config/paths.js";
import { withFileLock } from "../../src/database/server/file-lock.js";
import { describeProcess, type ProcessIdentity } from "../../src/database/server/process-identity.js";

const folder = mkdtempSync(join(tmpdir(), "navab-lock-"));
const children: ChildProcess[] = [];
after(() => {
  for (const child of children) child.kill("SIGKILL");
  rmSync(folder, { recursive: true, force: true });
});

function sleeper(): { child: ChildProcess; identity: ProcessIdentity } {
  const child = spawn("sleep", ["60"], { stdio: "ignore" });
  children.push(child);
  const identity = child.pid === undefined ? undefined : describeProcess(child.pid);
  assert.ok(identity, "sleep started");
  return { child, identity };
}

function writeHolder(path: string, identity: ProcessIdentity, host = hostname()): void {
  const holder = { ...identity, host, token: "recorded-holder", acquiredAt: "2020-01-01T00:00:00.000Z" };
  writeFileSync(path, JSON.stringify(holder));
  const anHourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(path, anHourAgo, anHourAgo);
}

test("after the holder is killed with -9, the next process takes the lock at once", async () => {
  const path = join(folder, "killed.lock");
  const script = fromRepository("test", "support", "hold-file-lock.ts");
  const holder = spawn(process.execPath, ["--import", "tsx", script, path], { stdio: ["ignore", "pipe", "inherit"] });
  children.push(holder);
  const [firstOutput] = (await once(holder.stdout!, "data")) as [Buffer];
  assert.equal(firstOutput.toString().trim(), "held");
  holder.kill("SIGKILL");
  await once(holder, "exit");
  const started = Date.now();
  assert.equal(await withFileLock(path, async () => "ran", 10_000), "ran");
  assert.ok(Date.now() - started < 2_000, `took ${Date.now() - started} ms`);
});

test("a lock held by a live process is not taken over, however old", async () => {
  const path = join(folder, "live.lock");
  const { child, identity } = sleeper();
  writeHolder(path, identity);
  let ran = false;
  await assert.rejects(
    withFileLock(
      path,
      async () => {
        ran = true;
      },
      1_500,
    ),
    new RegExp(`held by pid ${identity.pid} on`),
  );
  assert.equal(ran, false);
  assert.equal(JSON.parse(readFileSync(path, "utf8")).pid, identity.pid, "the holder's lock file is untouched");
  assert.equal(child.exitCode, null, "the holder still runs");
});

test("a recorded holder whose pid now names another process counts as dead", async () => {
  const path = join(folder, "reused.lock");
  const { identity } = sleeper();
  writeHolder(path, { ...identity, startTime: "1" });
  assert.equal(await withFileLock(path, async () => "ran", 1_500), "ran");
});

test("a holder on another host is never taken over", async () => {
  const path = join(folder, "remote.lock");
  writeHolder(path, { pid: 999_999_999, startTime: "1", commandLine: "navab" }, "elsewhere.example");
  await assert.rejects(
    withFileLock(path, async () => "ran", 500),
    /held by pid 999999999 on elsewhere\.example/,
  );
});

test("holders in one process exclude each other", async () => {
  const path = join(folder, "shared.lock");
  let inside = 0;
  let most = 0;
  await Promise.all(
    Array.from({ length: 5 }, () =>
      withFileLock(path, async () => {
        inside += 1;
        most = Math.max(most, inside);
        await new Promise((resolve) => setTimeout(resolve, 30));
        inside -= 1;
      }),
    ),
  );
  assert.equal(most, 1);
});
