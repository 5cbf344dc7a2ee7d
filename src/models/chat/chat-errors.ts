// Errors a chat backend raises: transient ones (429, 5xx, timeouts, connection) are retried with backoff.
import { NavabError } from "../../shared/errors.js";

export class ChatBackendError extends NavabError {
  override name = "ChatBackendError";
  constructor(
    message: string,
    /** True for 429/5xx/timeouts/connection failures: worth retrying. */
    readonly transient: boolean,
    /** Milliseconds the server asked us to wait (Retry-After / retry-after-ms), when it said so. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** Parses Retry-After (seconds or an HTTP date) and retry-after-ms headers into milliseconds. */
export function retryAfterMilliseconds(
  read: (name: string) => string | null | undefined,
  now = Date.now(),
): number | undefined {
  const milliseconds = read("retry-after-ms");
  if (milliseconds != null && milliseconds !== "" && Number.isFinite(Number(milliseconds)))
    return Math.max(0, Number(milliseconds));
  const value = read("retry-after");
  if (value == null || value === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
