// navab's command line: a thin caller of the stage functions; expected errors print one clear line, no stack.
import { CommanderError } from "commander";
import { NavabError } from "../shared/errors.js";
import { createCliContext } from "./context.js";
import { createProgram } from "./program.js";

try {
  await createProgram(createCliContext()).parseAsync(process.argv);
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
