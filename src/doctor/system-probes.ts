// The real doctor probes: programs via execFile (bounded), statfs, /proc/meminfo, a TCP connect, the database
// through the one executor (no server start), sha256 of files, installed package versions.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { readdir, statfs } from "node:fs/promises";
import { freemem, totalmem } from "node:os";
import { dirname } from "node:path";
import { fromRepository } from "../config/paths.js";
import { requiredApocFunctions } from "../database/connect.js";
import { DatabaseAuthenticationError, DatabaseUnavailableError } from "../database/errors.js";
import { openExecutor } from "../database/executor.js";
import { portOpen, serverStatus } from "../database/server/manager.js";
import { fileSha256 } from "../models/local/local-model.js";
import type { CommandOutput, DatabaseProbe, DoctorProbes } from "./probes.js";

const COMMAND_TIMEOUT_MILLISECONDS = 15_000;
// eslint-disable-next-line no-control-regex -- terminal colour codes some tools print even into a pipe
const ANSI_ESCAPES = /\u001b\[[0-9;]*m/g;

function runCommand(command: string, parameters: string[]): Promise<CommandOutput | undefined> {
  return new Promise((resolve) => {
    execFile(
      command,
      parameters,
      { timeout: COMMAND_TIMEOUT_MILLISECONDS, encoding: "utf8" },
      (error, stdout, stderr) => {
        if (error !== null && (error as NodeJS.ErrnoException).code === "ENOENT") return resolve(undefined);
        const exitCode = error === null ? 0 : typeof error.code === "number" ? error.code : null;
        resolve({ exitCode, output: `${stdout}${stderr}`.replace(ANSI_ESCAPES, "") });
      },
    );
  });
}

async function freeDiskBytes(path: string): Promise<number> {
  let folder = path;
  while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
  const stats = await statfs(folder);
  return stats.bavail * stats.bsize;
}

function memory(): { totalBytes: number; availableBytes: number } {
  const meminfo = existsSync("/proc/meminfo") ? readFileSync("/proc/meminfo", "utf8") : "";
  const available = /^MemAvailable:\s+(\d+) kB/m.exec(meminfo)?.[1];
  return { totalBytes: totalmem(), availableBytes: available === undefined ? freemem() : Number(available) * 1024 };
}

async function database(settings: Parameters<DoctorProbes["database"]>[0]): Promise<DatabaseProbe> {
  const executor = openExecutor(settings.database);
  try {
    await executor.verifyConnectivity(); // fails at once; queries would retry an unreachable server for 30 s
    const [row] = await executor.read<{ present: string[] }>("schema/apoc-functions", { names: requiredApocFunctions });
    return {
      reachable: true,
      missingApocFunctions: requiredApocFunctions.filter((name) => !row?.present.includes(name)),
    };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    const reason =
      error instanceof DatabaseAuthenticationError
        ? "authentication"
        : error instanceof DatabaseUnavailableError
          ? "unreachable"
          : "other";
    return { reachable: false, reason, message };
  } finally {
    await executor.close();
  }
}

/** Reads node_modules/<name>/package.json (a package's `exports` may hide it from require.resolve). */
function packageVersion(name: string): string | undefined {
  try {
    const manifest = readFileSync(fromRepository("node_modules", name, "package.json"), "utf8");
    return (JSON.parse(manifest) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

export const systemProbes: DoctorProbes = {
  run: runCommand,
  node: () => ({ version: process.version, platform: process.platform, architecture: process.arch }),
  freeDiskBytes,
  memory,
  portOpen: (port) => portOpen(port),
  embeddedServer: (settings) => serverStatus(settings),
  database,
  fileSha256: async (path) => (existsSync(path) ? fileSha256(path) : undefined),
  folderEntries: async (path) => (existsSync(path) ? (await readdir(path)).length : undefined),
  packageVersion,
};
