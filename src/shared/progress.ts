// Progress reporting that stages receive as a dependency: a bar on a terminal, silence in tests.
export interface ProgressReporter {
  /** Starts a step with a known number of items. */
  start(step: string, total: number): void;
  /** Moves the current step to `done` items. */
  update(done: number): void;
  /** Ends the current step. */
  stop(): void;
}

/** A reporter that does nothing (tests, library use). */
export const silentProgress: ProgressReporter = { start() {}, update() {}, stop() {} };
