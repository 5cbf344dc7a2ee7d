// navab's command line: a thin caller of the stage functions; expected errors print one clear line, no stack.
import { Command, CommanderError } from "commander";
import { NavabError } from "../shared/errors.js";
import { registerCommands } from "./commands/index.js";
import { createCliContext } from "./context.js";

const program = new Command("navab")
  .description("navab: national-value alignment benchmarks from real news (NaVAB re-implemented on Neo4j)")
  .showHelpAfterError()
  .exitOverride();
registerCommands(program, createCliContext());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else if (error instanceof NavabError) {
    process.stderr.write(`navab: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
