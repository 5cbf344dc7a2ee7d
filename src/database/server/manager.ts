// Starts, stops and reports on the embedded Neo4j server (a detached Java process speaking Bolt on loopback).
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import type { Settings } from "../../config/settings.js";
import { ServerStartError } from "../errors.js";
import { withFileLock } from "./file-lock.js";
import { provisionServer, serverLayout } from "./provision.js";

export interface ServerStatus {
  running: boolean;
  pid: number | undefined;
  uri: string;
  dataFolder: string;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 && processAlive(pid) ? pid : undefined;
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portOpen(port: number, timeoutMilliseconds = 500): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ host: "127.0.0.1", port, timeout: timeoutMilliseconds });
    const finish = (open: boolean): void => {
      socket.destroy();
      resolvePromise(open);
    };
    socket.once("connect", () => finish(true));
    socket.once("error", () => finish(false));
    socket.once("timeout", () => finish(false));
  });
}

export function serverStatus(settings: Settings): ServerStatus {
  const layout = serverLayout(settings.home);
  const pid = readPid(layout.pidFile);
  return { running: pid !== undefined, pid, uri: settings.database.uri, dataFolder: layout.data };
}

const sleep = (milliseconds: number): Promise<void> => new Promise((done) => setTimeout(done, milliseconds));

async function waitUntilReady(port: number, pid: number, logFile: string, timeoutSeconds: number): Promise<void> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  while (Date.now() < deadline) {
    const log = existsSync(logFile) ? readFileSync(logFile, "utf8") : "";
    if (log.includes("navab-neo4j ready") && (await portOpen(port))) return;
    if (!processAlive(pid)) {
      const tail = log.trim().split("\n").slice(-8).join("\n");
      throw new ServerStartError(`the embedded Neo4j exited while starting; last log lines:\n${tail}`);
    }
    await sleep(250);
  }
  throw new ServerStartError(`the embedded Neo4j did not become ready within ${timeoutSeconds}s (log: ${logFile})`);
}

/** Starts the embedded server unless it already runs; safe to call from several processes at once. */
export async function startServer(settings: Settings, log: (line: string) => void = () => {}): Promise<ServerStatus> {
  const layout = serverLayout(settings.home);
  mkdirSync(layout.root, { recursive: true });
  return withFileLock(`${layout.root}/start.lock`, async () => {
    const current = serverStatus(settings);
    if (current.running) return current;
    const port = settings.embeddedServer.port;
    if (await portOpen(port)) {
      throw new ServerStartError(
        `port ${port} is already taken by another program; set NAVAB_NEO4J_PORT to a free port, ` +
          `or set NEO4J_URI to use that server`,
      );
    }
    if (provisionServer(layout)) log("fetched Neo4j 5.26 + APOC from Maven Central and compiled the launcher");
    mkdirSync(layout.data, { recursive: true });
    const output = openSync(layout.logFile, "w");
    const { heap, pageCacheMegabytes } = settings.embeddedServer;
    const classpath = [layout.classes, `${layout.lib}/*`, `${layout.plugins}/*`].join(":");
    const javaArguments = [`-Xmx${heap}`, "-XX:+UseG1GC", "-cp", classpath, "navab.Launcher"];
    const child = spawn(
      "java",
      [...javaArguments, layout.data, String(port), layout.plugins, String(pageCacheMegabytes)],
      {
        detached: true,
        stdio: ["ignore", output, output],
      },
    );
    closeSync(output);
    if (child.pid === undefined) throw new ServerStartError("could not spawn java; is Java 17 installed?");
    writeFileSync(layout.pidFile, String(child.pid));
    child.unref();
    try {
      await waitUntilReady(port, child.pid, layout.logFile, 180);
    } catch (error) {
      if (processAlive(child.pid)) process.kill(child.pid, "SIGTERM");
      rmSync(layout.pidFile, { force: true });
      throw error;
    }
    log(`Neo4j 5.26 running on ${settings.database.uri} (data in ${layout.data})`);
    return serverStatus(settings);
  });
}

/** Stops the embedded server (clean shutdown through SIGTERM); a no-op when it is not running. */
export async function stopServer(settings: Settings): Promise<boolean> {
  const layout = serverLayout(settings.home);
  const pid = readPid(layout.pidFile);
  if (pid === undefined) return false;
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 60_000;
  while (processAlive(pid) && Date.now() < deadline) await sleep(200);
  if (processAlive(pid)) process.kill(pid, "SIGKILL");
  rmSync(layout.pidFile, { force: true });
  return true;
}
