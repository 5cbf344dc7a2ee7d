// A deterministic, recording BatchApi for tests (and the engine behind the scripted Batch server in test/support):
// every upload and batch is kept; a batch reports a scripted progression of statuses on successive retrieves and
// builds its output and error files when it reaches its final one, from an answer function per request line
// (content, an HTTP error status, a line error, or "skip": not processed, as in an expired or cancelled batch).
import {
  isTerminalStatus,
  type BatchApi,
  type BatchInfo,
  type BatchRequestLine,
  type BatchStatus,
} from "./batch-api.js";

export type FakeLineOutcome =
  | { content: string; usage?: { prompt_tokens: number; completion_tokens: number } }
  | { status: number; message: string }
  | { error: string }
  | "skip";

export interface FakeBatchApiOptions {
  endpoint?: string;
  /** The outcome of one request of batch number `batchNumber` (0 for the first batch created). */
  answer: (line: BatchRequestLine, batchNumber: number) => FakeLineOutcome | Promise<FakeLineOutcome>;
  /** Statuses reported by successive retrieves; the last one stays (default validating → in_progress → completed). */
  progression?: (batchNumber: number) => BatchStatus[];
  /** Validation errors of a batch whose final status is "failed". */
  failureErrors?: string[];
  /** While this says so, retrieves report a batch's current status without moving it on (a slow server). */
  hold?: (batchNumber: number) => boolean;
}

export interface FakeBatch {
  info: BatchInfo;
  lines: BatchRequestLine[];
  metadata: Record<string, string>;
  /** Retrieves so far (the position in the progression). */
  polls: number;
  progression: BatchStatus[];
}

function outputLine(line: BatchRequestLine, outcome: Exclude<FakeLineOutcome, "skip">, index: number) {
  const id = `batch_req_${index}`;
  if ("error" in outcome)
    return { id, custom_id: line.custom_id, response: null, error: { code: "fake_error", message: outcome.error } };
  if ("status" in outcome)
    return {
      id,
      custom_id: line.custom_id,
      response: { status_code: outcome.status, request_id: id, body: { error: { message: outcome.message } } },
      error: null,
    };
  const usage = outcome.usage ?? { prompt_tokens: 10, completion_tokens: Math.ceil(outcome.content.length / 4) };
  const body = {
    id: `chatcmpl-${index}`,
    object: "chat.completion",
    created: 0,
    model: String(line.body.model ?? "fake"),
    choices: [{ index: 0, message: { role: "assistant", content: outcome.content }, finish_reason: "stop" }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
  return { id, custom_id: line.custom_id, response: { status_code: 200, request_id: id, body }, error: null };
}

export class FakeBatchApi implements BatchApi {
  readonly endpoint: string;
  readonly files = new Map<string, string>();
  readonly batches: FakeBatch[] = [];
  /** Every call by name, in order ("upload", "create", "retrieve", "cancel", "download"). */
  readonly calls: string[] = [];

  constructor(private readonly options: FakeBatchApiOptions) {
    this.endpoint = options.endpoint ?? "fake://batch";
  }

  /** Every request line ever submitted, in order (to check that nothing was submitted twice). */
  submittedLines(): BatchRequestLine[] {
    return this.batches.flatMap((batch) => batch.lines);
  }

  async upload(jsonl: string): Promise<string> {
    this.calls.push("upload");
    const id = `file-${this.files.size + 1}`;
    this.files.set(id, jsonl);
    return id;
  }

  async create(inputFileId: string, metadata: Record<string, string>): Promise<BatchInfo> {
    this.calls.push("create");
    const text = this.files.get(inputFileId);
    if (text === undefined) throw new Error(`fake batch api: no file ${inputFileId}`);
    const lines = text
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as BatchRequestLine);
    const number = this.batches.length;
    const progression = this.options.progression?.(number) ?? ["validating", "in_progress", "completed"];
    const info: BatchInfo = {
      id: `batch_${number + 1}`,
      status: progression[0] ?? "completed",
      inputFileId,
      expiresAt: Math.floor(Date.now() / 1000) + 24 * 3600,
      counts: { total: lines.length, completed: 0, failed: 0 },
    };
    this.batches.push({ info, lines, metadata, polls: 0, progression });
    return { ...info };
  }

  async retrieve(batchId: string): Promise<BatchInfo> {
    this.calls.push("retrieve");
    const batch = this.find(batchId);
    if (!isTerminalStatus(batch.info.status) && !this.options.hold?.(this.batches.indexOf(batch))) {
      batch.polls += 1;
      const status = batch.progression[Math.min(batch.polls, batch.progression.length - 1)] ?? "completed";
      if (isTerminalStatus(status)) await this.finish(batch, status);
      else batch.info.status = status;
    }
    return { ...batch.info };
  }

  async cancel(batchId: string): Promise<BatchInfo> {
    this.calls.push("cancel");
    const batch = this.find(batchId);
    if (!isTerminalStatus(batch.info.status)) batch.progression = ["cancelling", "cancelled"];
    batch.polls = 0;
    batch.info.status = "cancelling";
    return { ...batch.info };
  }

  async download(fileId: string): Promise<string> {
    this.calls.push("download");
    const text = this.files.get(fileId);
    if (text === undefined) throw new Error(`fake batch api: no file ${fileId}`);
    return text;
  }

  private find(batchId: string): FakeBatch {
    const batch = this.batches.find((candidate) => candidate.info.id === batchId);
    if (batch === undefined) throw new Error(`fake batch api: no batch ${batchId}`);
    return batch;
  }

  private async finish(batch: FakeBatch, status: BatchStatus): Promise<void> {
    batch.info.status = status;
    if (status === "failed") {
      batch.info.errors = this.options.failureErrors ?? ["fake validation failure"];
      return;
    }
    const number = this.batches.indexOf(batch);
    const output: unknown[] = [];
    const errors: unknown[] = [];
    for (const [index, line] of batch.lines.entries()) {
      // A cancelled batch processed nothing more (its lines are skipped like an expired batch's).
      const outcome = status === "cancelled" ? "skip" : await this.options.answer(line, number);
      if (outcome === "skip") continue;
      const entry = outputLine(line, outcome, index);
      if ("content" in outcome) output.push(entry);
      else errors.push(entry);
    }
    const save = (lines: unknown[]): string | undefined => {
      if (lines.length === 0) return undefined;
      const id = `file-${this.files.size + 1}`;
      this.files.set(id, lines.map((line) => `${JSON.stringify(line)}\n`).join(""));
      return id;
    };
    const outputFileId = save(output);
    const errorFileId = save(errors);
    if (outputFileId) batch.info.outputFileId = outputFileId;
    if (errorFileId) batch.info.errorFileId = errorFileId;
    batch.info.counts = { total: batch.lines.length, completed: output.length, failed: errors.length };
  }
}
