// Retries transient chat failures (429, 5xx, timeouts) with exponential backoff that honours retry-after.
import { ChatBackendError } from "../models/chat/chat-errors.js";

export interface RetryOptions {
  /** Retries after the first attempt (default 5). */
  retries?: number;
  /** First backoff in milliseconds, doubled each time with jitter (default 500). */
  baseDelayMs?: number;
  /** Upper bound of one wait, including server-requested ones (default 60 s). */
  maxDelayMs?: number;
  sleep?: (milliseconds: number) => Promise<void>;
  /** Called before each wait (for logs and tests). */
  onRetry?: (attempt: number, delayMs: number, error: ChatBackendError) => void;
}

const DEFAULTS = { retries: 5, baseDelayMs: 500, maxDelayMs: 60_000 };

export const realSleep = (milliseconds: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Runs `attempt`; transient ChatBackendErrors are retried, anything else is thrown at once. */
export async function withRetries<T>(attempt: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const settings = { ...DEFAULTS, ...options };
  const sleep = options.sleep ?? realSleep;
  for (let attemptNumber = 0; ; attemptNumber += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ChatBackendError) || !error.transient || attemptNumber >= settings.retries) throw error;
      const backoff = settings.baseDelayMs * 2 ** attemptNumber * (0.75 + Math.random() * 0.5);
      const delay = Math.min(settings.maxDelayMs, error.retryAfterMs ?? backoff);
      options.onRetry?.(attemptNumber + 1, delay, error);
      await sleep(delay);
    }
  }
}
