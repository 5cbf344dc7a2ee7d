// The batch capability of a chat endpoint: the OpenAI Batch API shape (upload a JSONL file of requests with purpose
// "batch", create a batch over it with a 24 h completion window, poll it, download its output and error files,
// cancel it). One file per backend (openai-batch-api.ts) and a recording fake (fake-batch-api.ts).
import type { ChatRequest } from "./chat-model.js";

export const BATCH_STATUSES = [
  "validating",
  "in_progress",
  "finalizing",
  "completed",
  "failed",
  "expired",
  "cancelling",
  "cancelled",
] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/** A batch that will not change any more: its output and error files (if any) are final. */
export const isTerminalStatus = (status: BatchStatus): boolean =>
  status === "completed" || status === "failed" || status === "expired" || status === "cancelled";

export interface BatchInfo {
  id: string;
  status: BatchStatus;
  inputFileId: string;
  outputFileId?: string;
  errorFileId?: string;
  /** Unix seconds: the end of the 24 h completion window. */
  expiresAt?: number;
  counts?: { total: number; completed: number; failed: number };
  /** Why a batch failed validation (the server's `errors.data` messages). */
  errors?: string[];
}

/** One line of a batch input file. `customId` is the answer's cache key, so the answer finds its way back. */
export interface BatchRequestLine {
  custom_id: string;
  method: "POST";
  url: "/v1/chat/completions";
  body: Record<string, unknown>;
}

export interface BatchApi {
  /** The endpoint the batches go to (its base URL), for records and messages. */
  readonly endpoint: string;
  /** Uploads a JSONL file with purpose "batch"; returns the file id. */
  upload(jsonl: string, fileName: string): Promise<string>;
  /** Creates a batch over an uploaded file (endpoint /v1/chat/completions, completion window 24h). */
  create(inputFileId: string, metadata: Record<string, string>): Promise<BatchInfo>;
  retrieve(batchId: string): Promise<BatchInfo>;
  cancel(batchId: string): Promise<BatchInfo>;
  /** The text of an output or error file. */
  download(fileId: string): Promise<string>;
}

/** What a chat backend offers for batching: the exact body it would send, and its endpoint's Batch API. */
export interface ChatBatchCapability {
  body(request: ChatRequest): Record<string, unknown>;
  api: BatchApi;
}
