// Every CLI command group, registered in pipeline order. Each stage adds its own line here.
import { Command } from "commander";
import type { CliContext } from "../context.js";
import { registerBatchCommands } from "./batch.js";
import { registerConflictCommands } from "./conflicts.js";
import { registerDatabaseCommands } from "./database.js";
import { registerDemoCommand } from "./demo.js";
import { registerDoctorCommand } from "./doctor.js";
import { registerEmbedderCommands } from "./embedder.js";
import { registerEvaluationCommands } from "./evaluation.js";
import { registerExportCommands } from "./export.js";
import { registerIngestCommands } from "./ingest.js";
import { registerReportCommand } from "./report.js";
import { registerServeCommands } from "./serve.js";
import { registerStatementCommands } from "./statements.js";
import { registerTopicsCommands } from "./topics.js";
import { registerVerifyCommands } from "./verify.js";

export function registerCommands(program: Command, context: CliContext): void {
  registerDatabaseCommands(program, context);
  registerEmbedderCommands(program, context);
  registerIngestCommands(program, context);
  registerTopicsCommands(program, context);
  registerStatementCommands(program, context);
  registerConflictCommands(program, context);
  registerEvaluationCommands(program, context);
  registerBatchCommands(program, context, runCommand);
  registerVerifyCommands(program, context);
  registerExportCommands(program, context);
  registerServeCommands(program, context);
  registerDemoCommand(program, context);
  registerReportCommand(program, context);
  registerDoctorCommand(program, context);
}

/** Runs one command line (without "navab") on a fresh command tree with the given context (`navab batch run`). */
async function runCommand(context: CliContext, args: string[]): Promise<void> {
  const program = new Command("navab").exitOverride();
  registerCommands(program, context);
  await program.parseAsync(args, { from: "user" });
}
