// Starts, stops and reports on the embedded Neo4j server (a detached Java process speaking Bolt on loopback, with
// navab's generated password). It acts only on the process its pid file proves to be that server.
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import type { Settings } from "../../config/settings.js";
import { apocAllowlist } from "../apoc-allowlist.js";
import { ServerStartError } from "../errors.js";
import { withFileLock } from "./file-lock.js";
import { storePassword } from "./password-file.js";
import { readRunningServer, writePidFile } from "./pid-file.js";
import { describeProcess, isSameProcess, type ProcessIdentity } from "./process-identity.js";
import { provisionServer, serverLayout, type ServerLayout } from "./provision.js";

export interface ServerStatus {
  running: boolean;
  pid: number | undefined;
  uri: string;
  dataFolder: string;
  passwordFile: string;
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
  const server = readRunningServer(layout.pidFile, layout.data);
  return {
    running: server !== undefined,
    pid: server?.pid,
    uri: settings.database.uri,
    dataFolder: layout.data,
    passwordFile: layout.passwordFile,
  };
}

const sleep = (milliseconds: number): Promise<void> => new Promise((done) => setTimeout(done, milliseconds));

async function waitUntilReady(
  port: number,
  server: ProcessIdentity,
  logFile: string,
  timeoutSeconds: number,
): Promise<void> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  while (Date.now() < deadline) {
    const log = existsSync(logFile) ? readFileSync(logFile, "utf8") : "";
    if (log.includes("navab-neo4j ready") && (await portOpen(port))) return;
    if (!isSameProcess(server)) {
      const tail = log.trim().split("\n").slice(-8).join("\n");
      throw new ServerStartError(`the embedded Neo4j exited while starting; last log lines:\n${tail}`);
    }
    await sleep(250);
  }
  throw new ServerStartError(`the embedded Neo4j did not become ready within ${timeoutSeconds}s (log: ${logFile})`);
}

/** SIGTERM (Neo4j shuts down cleanly), SIGKILL after a minute; signals only while `server` is still that process. */
async function terminate(server: ProcessIdentity): Promise<void> {
  if (!isSameProcess(server)) return;
  process.kill(server.pid, "SIGTERM");
  const deadline = Date.now() + 60_000;
  while (isSameProcess(server) && Date.now() < deadline) await sleep(200);
  if (isSameProcess(server)) process.kill(server.pid, "SIGKILL");
}

function launch(settings: Settings, layout: ServerLayout): ProcessIdentity {
  for (const folder of [layout.data, layout.importFolder]) mkdirSync(folder, { recursive: true, mode: 0o700 });
  storePassword(layout.passwordFile, settings.database.password);
  const output = openSync(layout.logFile, "w");
  const { port, heap, pageCacheMegabytes } = settings.embeddedServer;
  const classpath = [layout.classes, `${layout.lib}/*`, `${layout.plugins}/*`].join(":");
  const launcherArguments = [layout.data, String(port), layout.plugins, String(pageCacheMegabytes)];
  launcherArguments.push(layout.passwordFile, layout.importFolder, apocAllowlist.join(","));
  const child = spawn(
    "java",
    [`-Xmx${heap}`, "-XX:+UseG1GC", "-cp", classpath, "navab.Launcher", ...launcherArguments],
    {
      detached: true,
      stdio: ["ignore", output, output],
    },
  );
  closeSync(output);
  child.unref();
  // spawn returns after exec, so the identity read now is the Java process's own.
  const identity = child.pid === undefined ? undefined : describeProcess(child.pid);
  if (identity === undefined) throw new ServerStartError("could not start java; is Java 17 installed?");
  writePidFile(layout.pidFile, identity);
  return identity;
}

/** Starts the embedded server unless it already runs; safe to call from several processes at once. */
export async function startServer(settings: Settings, log: (line: string) => void = () => {}): Promise<ServerStatus> {
  const layout = serverLayout(settings.home);
  mkdirSync(layout.root, { recursive: true, mode: 0o700 });
  return withFileLock(`${layout.root}/server.lock`, async () => {
    const running = readRunningServer(layout.pidFile, layout.data);
    if (running !== undefined && !running.legacy) {
      storePassword(layout.passwordFile, settings.database.password);
      return serverStatus(settings);
    }
    if (running !== undefined) {
      log(`restarting the embedded Neo4j (pid ${running.pid}): an older navab started it without authentication`);
      await terminate(running);
    }
    const port = settings.embeddedServer.port;
    if (await portOpen(port)) {
      throw new ServerStartError(
        `port ${port} is already taken by another program; set NAVAB_NEO4J_PORT to a free port, ` +
          `or set NEO4J_URI to use that server`,
      );
    }
    const provisioned = provisionServer(layout);
    if (provisioned !== undefined) log(provisioned);
    const server = launch(settings, layout);
    try {
      await waitUntilReady(port, server, layout.logFile, 180);
    } catch (error) {
      await terminate(server);
      rmSync(layout.pidFile, { force: true });
      throw error;
    }
    log(`Neo4j 5.26 running on ${settings.database.uri} (data in ${layout.data})`);
    return serverStatus(settings);
  });
}

/** Stops the embedded server (clean shutdown through SIGTERM); a no-op when the pid file names no such server. */
export async function stopServer(settings: Settings): Promise<boolean> {
  const layout = serverLayout(settings.home);
  mkdirSync(layout.root, { recursive: true, mode: 0o700 });
  return withFileLock(`${layout.root}/server.lock`, async () => {
    const server = readRunningServer(layout.pidFile, layout.data);
    if (server !== undefined) await terminate(server);
    rmSync(layout.pidFile, { force: true });
    return server !== undefined;
  });
}
