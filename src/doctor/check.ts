// The shape of a `navab doctor` check: a function of injected probes (no IO of its own) returning findings,
// each with a status and, when something is wrong, the command that fixes it.
import type { Settings } from "../config/settings.js";
import type { DoctorEnvironment } from "../config/doctor-environment.js";
import type { DoctorProbes } from "./probes.js";

/** ok: fine; warn: navab works but something is missing or slow; fail: navab cannot work until it is fixed. */
export type CheckStatus = "ok" | "warn" | "fail";

export interface Finding {
  title: string;
  status: CheckStatus;
  detail: string;
  /** The command (or setting) that fixes a warn or fail. */
  fix?: string;
}

export interface DoctorContext {
  settings: Settings;
  environment: DoctorEnvironment;
  probes: DoctorProbes;
}

export interface DoctorCheck {
  id: string;
  run(context: DoctorContext): Promise<Finding[]>;
}

/** True when a dotted version (v20.10.1, 17.0.2, 3.8.7) is at least `minimum` (compared part by part). */
export function versionAtLeast(version: string, minimum: readonly number[]): boolean {
  const parts = (version.match(/\d+(?:\.\d+)*/)?.[0] ?? "").split(".").map(Number);
  for (const [index, wanted] of minimum.entries()) {
    const have = parts[index] ?? 0;
    if (have !== wanted) return have > wanted;
  }
  return true;
}
