// Starting and killing the fault script's stage processes (bench only): `runToEnd` runs one job to completion and
// measures its stage time; `killAt` starts one, waits until its stage has begun, then SIGKILLs it after a delay.
import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import type { ChildJob } from "./stage-child.js";

const childScript = fileURLToPath(new URL("./stage-child.ts", import.meta.url));

interface Started {
  child: ChildProcess;
  /** Resolves with the time the stage began (ms since epoch), or null when the process ended first. */
  began: Promise<number | null>;
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null; stageMilliseconds: number | null }>;
}

function start(job: ChildJob): Started {
  const child = spawn(process.execPath, ["--import", "tsx", childScript, JSON.stringify(job)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let errors = "";
  let beganAt: number | null = null;
  let doneAt: number | null = null;
  let resolveBegan: (value: number | null) => void = () => {};
  const began = new Promise<number | null>((resolve) => (resolveBegan = resolve));
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    for (const line of output.split("\n").slice(0, -1)) {
      const event = JSON.parse(line) as { event: string; at: number };
      if (event.event === "start" && beganAt === null) resolveBegan((beganAt = event.at));
      if (event.event === "done") doneAt = event.at;
    }
    output = output.slice(output.lastIndexOf("\n") + 1);
  });
  child.stderr?.on("data", (chunk: Buffer) => void (errors += chunk.toString()));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stageMilliseconds: number | null }>(
    (resolve) =>
      child.on("exit", (code, signal) => {
        resolveBegan(null);
        if (code !== 0 && signal === null) process.stderr.write(`bench/faults: ${job.stage} child failed:\n${errors}`);
        resolve({ code, signal, stageMilliseconds: beganAt !== null && doneAt !== null ? doneAt - beganAt : null });
      }),
  );
  return { child, began, ended };
}

/** Runs `job` to its end; throws when it fails. Returns how long its stage took. */
export async function runToEnd(job: ChildJob): Promise<number> {
  const { ended } = start(job);
  const result = await ended;
  if (result.code !== 0 || result.stageMilliseconds === null)
    throw new Error(`bench/faults: ${job.stage} ${job.runId} exited with ${result.code ?? result.signal}`);
  return result.stageMilliseconds;
}

/** Starts `job` and SIGKILLs it `delayMilliseconds` after its stage began, unless it finished first. */
export async function killAt(job: ChildJob, delayMilliseconds: number): Promise<"killed" | "finished"> {
  const { child, began, ended } = start(job);
  const beganAt = await began;
  const finished =
    beganAt === null || (await Promise.race([sleep(delayMilliseconds).then(() => false), ended.then(() => true)]));
  if (!finished) child.kill("SIGKILL");
  const result = await ended;
  if (result.signal === "SIGKILL") return "killed";
  if (result.code !== 0) throw new Error(`bench/faults: ${job.stage} ${job.runId} exited with ${result.code}`);
  return "finished";
}
