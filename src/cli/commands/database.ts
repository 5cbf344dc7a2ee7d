// `navab db start|stop|status`: manage the embedded Neo4j server (or report on the external one).
import type { Command } from "commander";
import { serverStatus, stopServer } from "../../database/server/manager.js";
import { startDatabase } from "../../pipeline/setup.js";
import type { CliContext } from "../context.js";

export function registerDatabaseCommands(program: Command, context: CliContext): void {
  const database = program
    .command("db")
    .description("manage the embedded Neo4j 5.26 server (used when NEO4J_URI is unset)");
  database
    .command("start")
    .description("fetch (first time) and start the embedded Neo4j with APOC; migrate the schema")
    .option("--quiet", "print nothing when it is already running")
    .action((options: { quiet?: boolean }) => startDatabase(context, options));
  database
    .command("stop")
    .description("stop the embedded Neo4j (data is kept)")
    .action(async () => {
      const stopped = await stopServer(context.settings());
      context.print(stopped ? "neo4j stopped" : "neo4j was not running");
    });
  database
    .command("status")
    .description("say whether the embedded Neo4j runs, where, and where its data lives")
    .action(() => {
      const settings = context.settings();
      if (!settings.database.embedded) return context.print(`external server: ${settings.database.uri}`);
      const status = serverStatus(settings);
      context.print(
        status.running
          ? `running (pid ${status.pid}) at ${status.uri}, user neo4j, password in ${status.passwordFile}; ` +
              `data in ${status.dataFolder}`
          : `stopped; data in ${status.dataFolder}`,
      );
    });
}
