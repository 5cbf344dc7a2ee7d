// Shared pieces of the statement stages: deterministic ids (re-running the same work MERGEs onto the same nodes).
import { createHash } from "node:crypto";

/** Deterministic id from its parts. */
export function stableId(...parts: (string | number)[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}
