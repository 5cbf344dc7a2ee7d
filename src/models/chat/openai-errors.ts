// Errors of the openai package as navab's ChatBackendError: what is transient (retried with backoff, honouring
// Retry-After) and what is not, for the chat completions and the Batch API routes alike.
import { APIConnectionError, APIError } from "openai";
import { ChatBackendError, retryAfterMilliseconds } from "./chat-errors.js";

/** An OpenAI client error as a ChatBackendError: 408/409/429/5xx, connection and unreadable bodies are transient. */
export function toBackendError(error: unknown, what: string): Error {
  if (error instanceof APIConnectionError) return new ChatBackendError(`${what} unreachable: ${error.message}`, true);
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    const transient = status === 408 || status === 409 || status === 429 || status >= 500;
    const retryAfter = error.headers ? retryAfterMilliseconds((name) => error.headers?.get(name)) : undefined;
    return new ChatBackendError(`${what} answered ${status}: ${error.message}`, transient, retryAfter);
  }
  if (error instanceof SyntaxError)
    return new ChatBackendError(`${what} sent an unreadable body: ${error.message}`, true);
  return error instanceof Error ? error : new Error(String(error));
}
