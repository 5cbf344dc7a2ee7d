// Public surface of `navab doctor` (for the CLI and tests).
export { runDoctor, DOCTOR_DEFAULTS, type DoctorReport, type DoctorEntry } from "./run-doctor.js";
export { formatDoctorReport } from "./format-report.js";
export { DOCTOR_CHECKS } from "./checks/index.js";
export { systemProbes } from "./system-probes.js";
export type { DoctorCheck, DoctorContext, Finding, CheckStatus } from "./check.js";
export type { DoctorProbes, DatabaseProbe, CommandOutput } from "./probes.js";
