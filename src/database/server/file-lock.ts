// A cross-process lock file that names its holder (pid, start time, command line, host). The file appears
// atomically with its content (written beside it, then hard-linked into place), and it is taken over only when
// its holder is provably dead — at once after a crash or kill -9, never because the lock is old (a first start
// may provision for many minutes, and taking its lock would delete files under it).
import { randomUUID } from "node:crypto";
import { linkSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { NavabError } from "../../shared/errors.js";
import { currentProcess, isSameProcess, type ProcessIdentity } from "./process-identity.js";

export interface LockHolder extends ProcessIdentity {
  host: string;
  /** Unique per acquisition, so a take-over removes exactly the stale file it inspected. */
  token: string;
  acquiredAt: string;
}

export class FileLockError extends NavabError {
  override name = "FileLockError";
}

const sleep = (milliseconds: number): Promise<void> => new Promise((done) => setTimeout(done, milliseconds));

/** The holder recorded in `path`; undefined when the file is gone; "unreadable" when it is not a holder record. */
export function readLockHolder(path: string): LockHolder | "unreadable" | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? undefined : "unreadable";
  }
  try {
    const holder = JSON.parse(text) as LockHolder;
    return typeof holder.pid === "number" && typeof holder.token === "string" ? holder : "unreadable";
  } catch {
    return "unreadable";
  }
}

/** True when the holder runs on this host and is no longer the process that took the lock. */
export function holderIsDead(holder: LockHolder): boolean {
  return holder.host === hostname() && !isSameProcess(holder);
}

function tryLink(source: string, target: string): boolean {
  try {
    linkSync(source, target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** Removes `path` if it still holds `stale`; a second lock (`path.break`) keeps two breakers from racing. */
function breakStaleLock(path: string, stale: LockHolder, record: string): void {
  const breaker = `${path}.break`;
  if (!tryLink(record, breaker)) {
    const other = readLockHolder(breaker);
    if (other !== "unreadable" && other !== undefined && holderIsDead(other)) rmSync(breaker, { force: true });
    return;
  }
  try {
    const current = readLockHolder(path);
    if (current !== undefined && current !== "unreadable" && current.token === stale.token) rmSync(path);
  } finally {
    rmSync(breaker, { force: true });
  }
}

/** Runs `work` while holding the lock `path`; waits up to `timeoutMilliseconds` while a live process holds it. */
export async function withFileLock<T>(path: string, work: () => Promise<T>, timeoutMilliseconds = 900_000): Promise<T> {
  const holder: LockHolder = { ...currentProcess(), token: randomUUID(), acquiredAt: new Date().toISOString() };
  const record = `${path}.${holder.token}`;
  // The record exists only for the instant of each attempt, so a waiter killed with -9 leaves nothing behind.
  const withRecord = <R>(attempt: () => R): R => {
    writeFileSync(record, `${JSON.stringify(holder)}\n`);
    try {
      return attempt();
    } finally {
      rmSync(record, { force: true });
    }
  };
  const deadline = Date.now() + timeoutMilliseconds;
  while (!withRecord(() => tryLink(record, path))) {
    const current = readLockHolder(path);
    if (current === undefined) continue; // released since the attempt
    if (current === "unreadable") {
      throw new FileLockError(
        `file-lock: ${path} is not a lock file navab wrote; delete it if no navab process uses this folder`,
      );
    }
    if (holderIsDead(current)) {
      withRecord(() => breakStaleLock(path, current, record));
      continue;
    }
    if (Date.now() > deadline) {
      throw new FileLockError(
        `file-lock: ${path} is held by pid ${current.pid} on ${current.host} since ${current.acquiredAt}; waited ` +
          `${Math.round(timeoutMilliseconds / 1000)}s — if that process hangs, stop it and run again`,
      );
    }
    await sleep(200);
  }
  try {
    return await work();
  } finally {
    const current = readLockHolder(path);
    if (current !== undefined && current !== "unreadable" && current.token === holder.token) rmSync(path);
  }
}
