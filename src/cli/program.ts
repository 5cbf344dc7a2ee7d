// Builds the navab command tree (flags → typed pipeline steps); a fresh tree per call.
import { Command } from "commander";
import { registerCommands } from "./commands/index.js";
import type { CliContext } from "./context.js";

export function createProgram(context: CliContext): Command {
  const program = new Command("navab")
    .description("navab: national-value alignment benchmarks from real news (NaVAB re-implemented on Neo4j)")
    .showHelpAfterError()
    .exitOverride();
  registerCommands(program, context);
  return program;
}
