// Who a process id belongs to: its start time and command line, so a pid file can be checked before anyone is
// signalled (a reused pid is another program). Linux reads /proc; other systems ask `ps`.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

export interface ProcessIdentity {
  pid: number;
  /** Linux: clock ticks after boot (/proc/<pid>/stat field 22); elsewhere `ps -o lstart`. */
  startTime: string;
  command: string;
}

function fromProc(pid: number): ProcessIdentity | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name "(…)", which may itself hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\u0000").join(" ").trim();
    const startTime = fields[19];
    return startTime === undefined ? undefined : { pid, startTime, command };
  } catch {
    return undefined;
  }
}

function fromPs(pid: number): ProcessIdentity | undefined {
  try {
    const startTime = execFileSync("ps", ["-o", "lstart=", "-p", String(pid)], { encoding: "utf8" }).trim();
    const command = execFileSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" }).trim();
    return startTime === "" ? undefined : { pid, startTime, command };
  } catch {
    return undefined;
  }
}

/** The identity of a live process, or undefined when no process has that id. */
export function processIdentity(pid: number): ProcessIdentity | undefined {
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return existsSync("/proc/self/stat") ? fromProc(pid) : fromPs(pid);
}

/** True when `recorded` still names the same running process (same pid, start time and command). */
export function sameProcess(recorded: ProcessIdentity): boolean {
  const current = processIdentity(recorded.pid);
  return current !== undefined && current.startTime === recorded.startTime && current.command === recorded.command;
}
