// Submitting collected requests: only keys no accepted batch carries yet (the caller holds the batch lock, so two
// processes never submit the same key), grouped per model (a batch names one model), cut at the Batch API's
// limits, priced first (confirmation above the threshold), then for each group: the record is written, the JSONL
// uploaded with purpose "batch", the batch created with the 24 h window, and the record updated at each step.
import { randomBytes } from "node:crypto";
import type { BatchRequestLine } from "../../models/chat/batch-api.js";
import { InputError } from "../../shared/errors.js";
import { withRetries, type RetryOptions } from "../retry.js";
import type { TokenPrices } from "../token-log.js";
import type { CollectedRequest } from "./batch-collector.js";
import { toJsonl } from "./batch-lines.js";
import { inFlight, type BatchStore, type SubmissionRecord } from "./batch-store.js";
import { describeEstimate, estimateCost, type CostEstimate } from "./cost-estimate.js";

/** The Batch API's limits per input file: 50,000 requests, 200 MB (kept under with a margin). */
export const MAX_LINES_PER_BATCH = 50_000;
export const MAX_BYTES_PER_BATCH = 190_000_000;
/** Without prices, a submission of more requests than this still needs a confirmation. */
export const UNPRICED_CONFIRM_ABOVE_REQUESTS = 1000;

export interface SubmitOptions {
  store: BatchStore;
  prices: TokenPrices;
  /** A submission estimated above this many US dollars needs `yes` or a "yes" from `ask`. */
  confirmAboveUsd: number;
  yes: boolean;
  /** Asks the person at the terminal; absent (not a terminal) → refuse with what to do. */
  ask?: (question: string) => Promise<boolean>;
  retry?: RetryOptions;
  log: (line: string) => void;
  maxLinesPerBatch?: number;
}

/** Splits lines into input files under the count and size limits. */
export function chunkLines(
  lines: readonly BatchRequestLine[],
  maxLines: number,
  maxBytes: number,
): BatchRequestLine[][] {
  const chunks: BatchRequestLine[][] = [];
  let current: BatchRequestLine[] = [];
  let bytes = 0;
  for (const line of lines) {
    const size = Buffer.byteLength(JSON.stringify(line)) + 1;
    if (current.length > 0 && (current.length >= maxLines || bytes + size > maxBytes)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(line);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

async function confirmCost(estimate: CostEstimate, options: SubmitOptions): Promise<void> {
  const discount = options.prices.batchDiscount ?? 0;
  options.log(`batch estimate: ${describeEstimate(estimate, discount)}`);
  const large = estimate.priced
    ? estimate.batchUsd > options.confirmAboveUsd
    : estimate.requests > UNPRICED_CONFIRM_ABOVE_REQUESTS;
  if (!large || options.yes) return;
  const limit = estimate.priced
    ? `above NAVAB_LLM_CONFIRM_ABOVE_USD ($${options.confirmAboveUsd})`
    : `more than ${UNPRICED_CONFIRM_ABOVE_REQUESTS} requests at an unknown price`;
  if (options.ask && (await options.ask(`submit this batch (${limit})? [y/N] `))) return;
  throw new InputError(`llm/batch: the batch is ${limit}; nothing was submitted — re-run with --yes to submit it`);
}

const newSubmissionId = (): string =>
  `navab-${new Date().toISOString().replace(/[-:]/g, "").slice(0, 15)}-${randomBytes(3).toString("hex")}`;

/** Submits the requests no accepted batch carries yet; returns the new submission records. */
export async function submitCollected(
  requests: readonly CollectedRequest[],
  options: SubmitOptions,
): Promise<SubmissionRecord[]> {
  const { store } = options;
  const carried = new Set<string>();
  for (const record of await store.submissions()) {
    if (inFlight(record)) for (const key of record.keys) carried.add(key);
    else if (record.batchId === undefined && record.status === "uploading") {
      // Left by a process that died between writing the record and the server's answer (we hold the lock).
      await store.saveSubmission({ ...record, status: "abandoned" });
    }
  }
  const fresh = requests.filter((request) => !carried.has(request.key));
  if (fresh.length === 0) return [];
  await confirmCost(
    estimateCost(
      fresh.map((request) => request.line),
      options.prices,
    ),
    options,
  );
  const byModel = new Map<string, CollectedRequest[]>();
  for (const request of fresh) byModel.set(request.chat.id, [...(byModel.get(request.chat.id) ?? []), request]);
  const submitted: SubmissionRecord[] = [];
  for (const [modelId, group] of byModel) {
    const api = (group[0] as CollectedRequest).chat.batch.api;
    const lines = group.map((request) => request.line);
    for (const chunk of chunkLines(lines, options.maxLinesPerBatch ?? MAX_LINES_PER_BATCH, MAX_BYTES_PER_BATCH)) {
      const id = newSubmissionId();
      const jsonl = toJsonl(chunk);
      let record: SubmissionRecord = {
        id,
        modelId,
        endpoint: api.endpoint,
        keys: chunk.map((line) => line.custom_id),
        createdAt: new Date().toISOString(),
        status: "uploading",
        estimateUsd: estimateCost(chunk, options.prices).batchUsd,
      };
      await store.saveSubmission(record);
      await store.saveInput(id, jsonl);
      const inputFileId = await withRetries(() => api.upload(jsonl, `${id}.jsonl`), options.retry);
      record = { ...record, inputFileId };
      await store.saveSubmission(record);
      const batch = await withRetries(() => api.create(inputFileId, { navab_submission: id }), options.retry);
      record = {
        ...record,
        batchId: batch.id,
        status: batch.status,
        ...(batch.expiresAt === undefined ? {} : { expiresAt: batch.expiresAt }),
      };
      await store.saveSubmission(record);
      options.log(`batch ${batch.id} submitted (${chunk.length} requests to ${modelId}; record ${id})`);
      submitted.push(record);
    }
  }
  return submitted;
}
