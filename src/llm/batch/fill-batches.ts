// Polling submitted batches and filling their results: a batch that reached a final status (completed, failed,
// expired, cancelled — the last two with partial output) has its output file read into answers waiting for the
// stage's validation, its error file and every key it did not answer recorded as failures (so the item is
// resubmitted within its bound), and its record marked filled. Filling twice writes the same files again.
import { isTerminalStatus, type BatchApi, type BatchInfo } from "../../models/chat/batch-api.js";
import { withRetries, type RetryOptions } from "../retry.js";
import { parseOutputFile } from "./batch-lines.js";
import type { BatchStore, FailureRecord, SubmissionRecord } from "./batch-store.js";

/** The model name inside a chat model id `openai:<model>@<base URL>` (for answers whose body names none). */
const modelNameOf = (modelId: string): string => modelId.replace(/^openai:/, "").replace(/@[^@]*$/, "");

export async function fillSubmission(
  record: SubmissionRecord,
  batch: BatchInfo,
  api: BatchApi,
  store: BatchStore,
  retry?: RetryOptions,
): Promise<SubmissionRecord> {
  const modelName = modelNameOf(record.modelId);
  const at = new Date().toISOString();
  const failures: FailureRecord[] = [];
  const seen = new Set<string>();
  const carried = new Set(record.keys);
  let answered = 0;
  for (const fileId of [batch.outputFileId, batch.errorFileId]) {
    if (fileId === undefined) continue;
    const text = await withRetries(() => api.download(fileId), retry);
    const { results } = parseOutputFile(text, modelName);
    for (const result of results) {
      if (!carried.has(result.key) || seen.has(result.key)) continue;
      seen.add(result.key);
      if ("answer" in result) {
        await store.saveAnswer(result.key, { ...result.answer, batchId: batch.id });
        answered += 1;
      } else failures.push({ key: result.key, batchId: batch.id, error: result.error, at });
    }
  }
  const reason = `not answered: batch ${batch.status}${batch.errors ? ` (${batch.errors.join("; ")})` : ""}`;
  for (const key of record.keys)
    if (!seen.has(key)) failures.push({ key, batchId: batch.id, error: reason.slice(0, 500), at });
  await store.recordFailures(failures);
  const filled: SubmissionRecord = {
    ...record,
    status: batch.status,
    ...(batch.counts ? { counts: batch.counts } : {}),
    filledAt: at,
    outcome: { answered, failed: failures.length },
  };
  await store.saveSubmission(filled);
  return filled;
}

/** Asks the server for a submission's status; fills it when final. */
export async function refreshSubmission(
  record: SubmissionRecord,
  api: BatchApi,
  store: BatchStore,
  retry?: RetryOptions,
): Promise<SubmissionRecord> {
  if (record.batchId === undefined || record.filledAt !== undefined) return record;
  const batchId = record.batchId;
  const batch = await withRetries(() => api.retrieve(batchId), retry);
  if (isTerminalStatus(batch.status)) return fillSubmission(record, batch, api, store, retry);
  const updated: SubmissionRecord = {
    ...record,
    status: batch.status,
    ...(batch.counts ? { counts: batch.counts } : {}),
    ...(batch.expiresAt === undefined ? {} : { expiresAt: batch.expiresAt }),
  };
  await store.saveSubmission(updated);
  return updated;
}

/** One line per submission for people: status, progress and the time left of the 24 h window. */
export function describeSubmission(record: SubmissionRecord, now = Date.now()): string {
  const parts = [`${record.batchId ?? "(not submitted)"} [${record.id}] ${record.status}`];
  if (record.counts)
    parts.push(`${record.counts.completed}/${record.counts.total} done, ${record.counts.failed} failed`);
  parts.push(`${record.keys.length} requests to ${record.modelId}`);
  if (record.expiresAt !== undefined && record.filledAt === undefined)
    parts.push(`window ends in ${Math.max(0, Math.round((record.expiresAt * 1000 - now) / 60_000))} min`);
  if (record.outcome) parts.push(`filled: ${record.outcome.answered} answers, ${record.outcome.failed} failures`);
  return parts.join("; ");
}
