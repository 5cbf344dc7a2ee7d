// The one run-id rule. A run id the caller gives is used as is (reuse it to resume or replace, per the stage's
// resume rule); otherwise `<stage>-<yyyymmddThhmmss>-<6 hex>`. A stage run on behalf of a parent run (statements run →
// statements.sources, conflicts.graph → conflicts.reduce, a topic run per outlet) gets `<parent>:<part>`.
import { randomUUID } from "node:crypto";
import type { StageName } from "./stage.js";

export function newRunId(stage: StageName, now: Date = new Date()): string {
  return `${stage}-${now.toISOString().replace(/[-:.]/g, "").slice(0, 15)}-${randomUUID().slice(0, 6)}`;
}

export function runIdFor(stage: StageName, given: string | undefined): string {
  return given !== undefined && given !== "" ? given : newRunId(stage);
}

/** `<parent>:<part>`, where `part` is the last segment of a stage name ("statements.sources" → "sources") or a key. */
export function derivedRunId(parent: string, part: string): string {
  return `${parent}:${part.slice(part.lastIndexOf(".") + 1)}`;
}
