// Time left in the demo: the remaining steps' estimates, scaled by how long the finished steps took against theirs
// (bounded, so one slow or instant step does not swing it), and minutes for people.
export interface Estimated {
  estimate: number;
}

export interface Timed extends Estimated {
  seconds: number;
}

/** Seconds left for `remaining`, given the finished steps' estimates and real seconds. */
export function timeLeft(remaining: Estimated[], finished: Timed[]): number {
  const estimated = finished.reduce((total, step) => total + step.estimate, 0);
  const spent = finished.reduce((total, step) => total + step.seconds, 0);
  const pace = estimated >= 60 ? Math.min(4, Math.max(0.5, spent / estimated)) : 1;
  return remaining.reduce((total, step) => total + step.estimate, 0) * pace;
}

export function formatMinutes(seconds: number): string {
  if (seconds < 60) return `${Math.max(0, Math.round(seconds))} s`;
  return `${(seconds / 60).toFixed(1)} min`;
}
