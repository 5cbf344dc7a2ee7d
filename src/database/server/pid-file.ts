// The embedded server's pid file: the Java process's identity (pid, start time, command line), so that status and
// stop act only on that very process — a reused pid names another program and is reported as not running.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describeProcess, isSameProcess, type ProcessIdentity } from "./process-identity.js";

export interface ServerProcess extends ProcessIdentity {
  /** True for a bare-pid file, written by a navab from before identities were recorded. */
  legacy: boolean;
}

export function writePidFile(path: string, identity: ProcessIdentity): void {
  writeFileSync(path, `${JSON.stringify(identity)}\n`);
}

/**
 * The running server the pid file names, or undefined (no file, process gone, or the pid now names another
 * program). A legacy file holds a bare pid; it counts only when that process is navab's launcher on `dataFolder`.
 */
export function readRunningServer(path: string, dataFolder: string): ServerProcess | undefined {
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, "utf8").trim();
  if (/^\d+$/.test(text)) {
    const current = describeProcess(Number(text));
    const launcher = current?.commandLine.includes("navab.Launcher") && current.commandLine.includes(dataFolder);
    return current !== undefined && launcher ? { ...current, legacy: true } : undefined;
  }
  let recorded: ProcessIdentity;
  try {
    recorded = JSON.parse(text) as ProcessIdentity;
  } catch {
    return undefined;
  }
  if (typeof recorded.pid !== "number" || typeof recorded.commandLine !== "string") return undefined;
  return isSameProcess(recorded) ? { ...recorded, legacy: false } : undefined;
}
