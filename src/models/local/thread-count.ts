// CPU threads for a new llama.cpp context: the machine's idle cores unless a count is set (NAVAB_LLAMA_THREADS,
// read in src/config). llama.cpp threads spin while they wait for each other, so more threads than idle cores is
// much slower (bench/scoring/README.md: on the loaded 2-core machine 2 threads chatted 10× slower than 1), and
// fewer leaves idle cores unused. Idle cores are measured over a short window from the kernel's per-core idle
// time while this process waits, so its own recent work (a UMAP or scoring step just before) does not count as
// load, as it would in the 1-minute load average.
import { availableParallelism, cpus, type CpuInfo } from "node:os";

/** How long the per-core idle time is sampled (milliseconds). */
export const IDLE_SAMPLE_MILLISECONDS = 250;

/** A core counts as idle from this idle fraction on (spinning threads suffer badly on a busy core). */
const IDLE_FRACTION = 0.75;

/** Idle cores between two `os.cpus()` samples: Σ idle fraction per core, rounded down unless ≥ 0.75 of a core. */
export function idleCoresBetween(before: readonly CpuInfo[], after: readonly CpuInfo[], usable: number): number {
  let idle = 0;
  after.forEach((core, index) => {
    const earlier = before[index];
    if (earlier === undefined) return;
    const total = (times: CpuInfo["times"]) => times.user + times.nice + times.sys + times.idle + times.irq;
    const elapsed = total(core.times) - total(earlier.times);
    if (elapsed > 0) idle += Math.min(1, Math.max(0, (core.times.idle - earlier.times.idle) / elapsed));
  });
  return Math.max(1, Math.min(usable, Math.floor(idle + (1 - IDLE_FRACTION))));
}

/** The idle cores now, sampled over `milliseconds` (at least 1, at most the cores this process may use). */
export async function measureIdleCores(milliseconds = IDLE_SAMPLE_MILLISECONDS): Promise<number> {
  const before = cpus();
  await new Promise((resolve) => setTimeout(resolve, milliseconds));
  return idleCoresBetween(before, cpus(), availableParallelism());
}

/** The explicit count when one is set, else the idle cores now. */
export async function llamaThreads(
  explicit: number | undefined,
  measure: () => Promise<number> = measureIdleCores,
): Promise<number> {
  return explicit ?? (await measure());
}
