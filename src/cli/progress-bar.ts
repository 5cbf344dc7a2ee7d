// A terminal progress bar (cli-progress) behind the ProgressReporter interface; plain lines when not a TTY.
import { SingleBar, Presets } from "cli-progress";
import type { ProgressReporter } from "../shared/progress.js";

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (!stream.isTTY) {
    let step = "";
    let total = 0;
    return {
      start(name, count) {
        step = name;
        total = count;
      },
      update() {},
      stop() {
        stream.write(`${step}: ${total} done\n`);
      },
    };
  }
  let bar: SingleBar | undefined;
  return {
    start(step, total) {
      bar = new SingleBar(
        { format: `${step.padEnd(24)} [{bar}] {value}/{total} {eta_formatted}`, stream },
        Presets.shades_classic,
      );
      bar.start(total, 0);
    },
    update(done) {
      bar?.update(done);
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
