// `navab doctor [--json]`: checks the machine, the database and the model files, prints each finding with the
// command that fixes it; exits 1 when something navab needs is missing (warnings alone exit 0).
import type { Command } from "commander";
import { readDoctorEnvironment } from "../../config/doctor-environment.js";
import { DOCTOR_CHECKS, formatDoctorReport, runDoctor, systemProbes } from "../../doctor/index.js";
import type { CliContext } from "../context.js";

export function registerDoctorCommand(program: Command, context: CliContext): void {
  program
    .command("doctor")
    .description("check Java, Maven, Python, Node/npm, disk, memory, ports, the database and model files")
    .option("--json", "print the findings as JSON")
    .action(async (options: { json?: boolean }) => {
      const report = await runDoctor(DOCTOR_CHECKS, {
        settings: context.settings(),
        environment: readDoctorEnvironment(),
        probes: systemProbes,
      });
      context.print(options.json === true ? JSON.stringify(report, null, 2) : formatDoctorReport(report));
      if (!report.ready) process.exitCode = 1;
    });
}
