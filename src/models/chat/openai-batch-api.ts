// The OpenAI Batch API over the openai package: /v1/files (purpose "batch") and /v1/batches (create with the 24 h
// completion window, retrieve, cancel), output and error files downloaded as text. Works with any server that
// implements the same routes. Client errors become ChatBackendErrors, so polling retries the transient ones.
import OpenAI, { toFile } from "openai";
import type { BatchApi, BatchInfo } from "./batch-api.js";
import { toBackendError } from "./openai-errors.js";

type ServerBatch = Awaited<ReturnType<OpenAI["batches"]["retrieve"]>>;

function batchInfo(batch: ServerBatch): BatchInfo {
  const errors = (batch.errors?.data ?? []).map((error) =>
    [error.code, error.message, error.line == null ? "" : `(line ${error.line})`].filter(Boolean).join(" "),
  );
  return {
    id: batch.id,
    status: batch.status,
    inputFileId: batch.input_file_id,
    ...(batch.output_file_id ? { outputFileId: batch.output_file_id } : {}),
    ...(batch.error_file_id ? { errorFileId: batch.error_file_id } : {}),
    ...(batch.expires_at ? { expiresAt: batch.expires_at } : {}),
    ...(batch.request_counts ? { counts: batch.request_counts } : {}),
    ...(errors.length > 0 ? { errors } : {}),
  };
}

export class OpenAiBatchApi implements BatchApi {
  constructor(
    private readonly client: OpenAI,
    readonly endpoint: string,
  ) {}

  private async call<T>(what: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toBackendError(error, `batch endpoint (${what})`);
    }
  }

  async upload(jsonl: string, fileName: string): Promise<string> {
    const file = await this.call("upload", async () =>
      this.client.files.create({ file: await toFile(Buffer.from(jsonl, "utf8"), fileName), purpose: "batch" }),
    );
    return file.id;
  }

  async create(inputFileId: string, metadata: Record<string, string>): Promise<BatchInfo> {
    const batch = await this.call("create", () =>
      this.client.batches.create({
        input_file_id: inputFileId,
        endpoint: "/v1/chat/completions",
        completion_window: "24h",
        metadata,
      }),
    );
    return batchInfo(batch);
  }

  async retrieve(batchId: string): Promise<BatchInfo> {
    return batchInfo(await this.call("retrieve", () => this.client.batches.retrieve(batchId)));
  }

  async cancel(batchId: string): Promise<BatchInfo> {
    return batchInfo(await this.call("cancel", () => this.client.batches.cancel(batchId)));
  }

  async download(fileId: string): Promise<string> {
    return this.call("download", async () => (await this.client.files.content(fileId)).text());
  }
}

/** The Batch API of an endpoint, for commands that only manage batches (status, cancel). */
export function openAiBatchApi(baseUrl: string, apiKey?: string): OpenAiBatchApi {
  return new OpenAiBatchApi(new OpenAI({ baseURL: baseUrl, apiKey: apiKey ?? "not-needed", maxRetries: 2 }), baseUrl);
}
