// Which process a Run belongs to — pid, host and the process's start time — and whether that process still lives.
// A pid alone is not an identity (pids are reused): on Linux the start time is read from /proc (boot time +
// start ticks), the same way for this process and for the one being checked, so a reused pid is told apart.
import { readFileSync } from "node:fs";
import { hostname } from "node:os";

export interface ProcessIdentity {
  pid: number;
  host: string;
  /** ISO time the process started. */
  startedAt: string;
}

/** Start time of a process from /proc (Linux); undefined elsewhere or when the process is gone. */
export function processStartTime(pid: number): Date | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22 (starttime, clock ticks since boot) counts from after the ")" that ends the command name.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[19]);
    const bootLine = /^btime (\d+)$/m.exec(readFileSync("/proc/stat", "utf8"));
    if (!Number.isFinite(ticks) || bootLine === null) return undefined;
    // USER_HZ is 100 on every Linux ABI Node supports.
    return new Date(Number(bootLine[1]) * 1000 + ticks * 10);
  } catch {
    return undefined;
  }
}

let current: ProcessIdentity | undefined;

export function currentProcess(): ProcessIdentity {
  current ??= {
    pid: process.pid,
    host: hostname(),
    startedAt: (processStartTime(process.pid) ?? new Date(Date.now() - process.uptime() * 1000)).toISOString(),
  };
  return current;
}

/** Answers "alive", "dead" (gone, or its pid now belongs to a process started at another time) or "unknown". */
export function processState(identity: {
  pid: number | null;
  host: string | null;
  startedAt: string | null;
}): "alive" | "dead" | "unknown" {
  if (identity.pid === null || identity.host !== hostname()) return "unknown";
  try {
    process.kill(identity.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH" ? "dead" : "alive";
  }
  const started = processStartTime(identity.pid);
  if (started === undefined || identity.startedAt === null) return "alive";
  return Math.abs(started.getTime() - Date.parse(identity.startedAt)) > 2000 ? "dead" : "alive";
}
