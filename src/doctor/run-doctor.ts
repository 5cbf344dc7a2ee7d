// Runs the doctor checks one after another (each bounded in time, a crashing check becomes a failure) and sums
// them up: ready when nothing failed; warnings allowed.
import type { CheckStatus, DoctorCheck, DoctorContext, Finding } from "./check.js";

export interface DoctorEntry extends Finding {
  check: string;
}

export interface DoctorReport {
  ready: boolean;
  counts: Record<CheckStatus, number>;
  entries: DoctorEntry[];
}

export interface DoctorOptions {
  /** How long one check may take before it counts as failed. */
  timeoutMilliseconds: number;
}

export const DOCTOR_DEFAULTS: DoctorOptions = { timeoutMilliseconds: 20_000 };

async function runBounded(check: DoctorCheck, context: DoctorContext, timeout: number): Promise<Finding[]> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Finding[]>((resolve) => {
    timer = setTimeout(
      () => resolve([{ title: check.id, status: "fail", detail: `no answer within ${timeout / 1000}s` }]),
      timeout,
    );
  });
  try {
    return await Promise.race([check.run(context), late]);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [{ title: check.id, status: "fail", detail: `the check itself failed: ${detail}` }];
  } finally {
    clearTimeout(timer);
  }
}

export async function runDoctor(
  checks: readonly DoctorCheck[],
  context: DoctorContext,
  options: Partial<DoctorOptions> = {},
): Promise<DoctorReport> {
  const settings = { ...DOCTOR_DEFAULTS, ...options };
  const entries: DoctorEntry[] = [];
  for (const check of checks) {
    for (const finding of await runBounded(check, context, settings.timeoutMilliseconds))
      entries.push({ check: check.id, ...finding });
  }
  const counts: Record<CheckStatus, number> = { ok: 0, warn: 0, fail: 0 };
  for (const entry of entries) counts[entry.status] += 1;
  return { ready: counts.fail === 0, counts, entries };
}
