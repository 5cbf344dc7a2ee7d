// A terminal progress bar (cli-progress: items done of the total, rate and ETA) behind the ProgressReporter
// interface; when not a TTY (a pipe, a log file), one line per stage when it ends: items done of the total,
// seconds and rate.
import { SingleBar, Presets } from "cli-progress";
import type { ProgressReporter } from "../shared/progress.js";

/** The line a stage leaves in a pipe, e.g. "umap layout: 500/500 in 12.3 s (40.6/s)"; a stage that counted
 * nothing says only how long it took, one that counted past its total says how many. */
export function stageLine(step: string, done: number, total: number, seconds: number): string {
  const time = `${seconds.toFixed(1)} s`;
  if (done <= 0) return `${step}: done in ${time}`;
  const perSecond = seconds > 0 ? done / seconds : 0;
  const rate = perSecond > 0 ? ` (${perSecond.toFixed(perSecond >= 10 ? 0 : 2)}/s)` : "";
  return done > total ? `${step}: ${done} in ${time}${rate}` : `${step}: ${done}/${total} in ${time}${rate}`;
}

function pipeProgress(stream: NodeJS.WritableStream): ProgressReporter {
  let step = "";
  let total = 0;
  let done = 0;
  let started = 0;
  return {
    start(name, count) {
      step = name;
      total = count;
      done = 0;
      started = Date.now();
    },
    update(value) {
      done = value;
    },
    stop() {
      if (step !== "") stream.write(`${stageLine(step, Math.max(done, 0), total, (Date.now() - started) / 1000)}\n`);
      step = "";
    },
  };
}

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (!stream.isTTY) return pipeProgress(stream);
  let bar: SingleBar | undefined;
  let startedAt = 0;
  return {
    start(step, total) {
      bar = new SingleBar(
        {
          format: `${step.padEnd(24)} [{bar}] {value}/{total} {percentage}% · {rate}/s · ETA {eta_formatted}`,
          stream,
          etaBuffer: 20,
        },
        Presets.shades_classic,
      );
      bar.start(total, 0, { rate: "–" });
      startedAt = Date.now();
    },
    update(done) {
      const seconds = (Date.now() - startedAt) / 1000;
      bar?.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(2) : "–" });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
