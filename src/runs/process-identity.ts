// Which process a Run belongs to — pid, host and the process's start time — and whether that process still lives.
// A pid alone is not an identity (pids are reused): the start time in clock ticks after boot (Linux /proc, read by
// src/database/server/process-identity.ts, which the server's pid files use too) tells a reused pid apart.
import { hostname } from "node:os";
import { describeProcess } from "../database/server/process-identity.js";

export interface RunProcess {
  pid: number;
  host: string;
  /** Start time in clock ticks after boot (Linux); null where /proc is missing. */
  startTime: string | null;
  /** The same moment as an ISO time, for people reading the Run. */
  startedAt: string;
}

let current: RunProcess | undefined;

export function currentProcess(): RunProcess {
  current ??= {
    pid: process.pid,
    host: hostname(),
    startTime: describeProcess(process.pid)?.startTime ?? null,
    startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
  };
  return current;
}

/** "dead" when the process is gone or its pid now names a process started at another time; "unknown" elsewhere. */
export function processState(recorded: {
  pid: number | null;
  host: string | null;
  startTime: string | null;
}): "alive" | "dead" | "unknown" {
  if (recorded.pid === null || recorded.host !== hostname()) return "unknown";
  const now = describeProcess(recorded.pid);
  if (now === undefined) return "dead";
  if (recorded.startTime !== null && now.startTime !== undefined && now.startTime !== recorded.startTime) return "dead";
  return "alive";
}
