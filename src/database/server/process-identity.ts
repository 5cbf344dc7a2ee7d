// Who a process id names right now: its start time (Linux /proc/<pid>/stat, clock ticks after boot) and command
// line (/proc/<pid>/cmdline, or `ps` elsewhere). PIDs are reused, so a recorded pid proves nothing alone; a pid with
// the same start time and command line is the same process.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { hostname } from "node:os";

export interface ProcessIdentity {
  pid: number;
  /** Start time in clock ticks after boot (Linux); undefined where /proc is missing. */
  startTime: string | undefined;
  commandLine: string;
}

function readProc(pid: number, name: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${name}`, "utf8");
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The identity of the live process `pid`, or undefined when no such process runs (zombies count as gone). */
export function describeProcess(pid: number): ProcessIdentity | undefined {
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return undefined;
  const stat = readProc(pid, "stat");
  if (stat !== undefined) {
    // Fields after the parenthesised command name: state is field 3, starttime field 22.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields[0] === "Z" || fields[0] === "X") return undefined;
    const commandLine = (readProc(pid, "cmdline") ?? "").split("\0").filter(Boolean).join(" ");
    return { pid, startTime: fields[19], commandLine };
  }
  const listed = spawnSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" });
  if (listed.status !== 0) return undefined;
  return { pid, startTime: undefined, commandLine: listed.stdout.trim() };
}

/** True when `recorded` still names the same running process (same start time where known, same command line). */
export function isSameProcess(recorded: ProcessIdentity): boolean {
  const current = describeProcess(recorded.pid);
  if (current === undefined) return false;
  if (recorded.startTime !== undefined && current.startTime !== recorded.startTime) return false;
  return current.commandLine === recorded.commandLine;
}

/** This process, as recorded in lock files (with the host, since pids only mean something on one machine). */
export function currentProcess(): ProcessIdentity & { host: string } {
  const identity = describeProcess(process.pid) ?? { pid: process.pid, startTime: undefined, commandLine: "" };
  return { ...identity, host: hostname() };
}
