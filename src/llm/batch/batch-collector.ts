// The collect mode of the one LLM path: attached to a stage's LlmPlumbing as `batch`, it answers a call from a
// finished batch (the stage then validates it with its own zod schema; valid answers enter the cache), or records
// the exact rendered request under the cache key the synchronous path uses and defers the call (DeferredRequest),
// or — for a key already submitted `maxSubmissions` times, or a model without a Batch API — lets the synchronous
// path answer it. See src/llm/README.md ("Batch API").
import type { BatchRequestLine, ChatBatchCapability } from "../../models/chat/batch-api.js";
import type { ChatModel, ChatRequest, ChatResponse } from "../../models/chat/chat-model.js";
import type { PreparedCall } from "../llm-call.js";
import { requestLine } from "./batch-lines.js";
import { accepted, inFlight, type BatchStore } from "./batch-store.js";
import { DeferredRequest } from "./deferral.js";

/** What the one LLM path asks of a batch collector (src/llm/llm-call.ts). */
export interface BatchCollector {
  /** The batch's answer to `call`; undefined → answer it synchronously; throws DeferredRequest → wait for a batch. */
  answer(chat: ChatModel, call: PreparedCall, request: ChatRequest): Promise<ChatResponse | undefined>;
  /** A batch answer the stage found invalid: recorded as the item's failure, never cached; the call is deferred again. */
  rejected(call: PreparedCall, error: string): Promise<void>;
}

export type BatchableChatModel = ChatModel & { batch: ChatBatchCapability };

export interface CollectedRequest {
  key: string;
  chat: BatchableChatModel;
  promptId: string;
  line: BatchRequestLine;
  /** The submission already carrying this key, when it is in flight (then it is not submitted again). */
  inFlight?: string;
}

export interface CollectorOptions {
  /** Times one request is submitted before it is left to the synchronous path (default 3). */
  maxSubmissions?: number;
  log?: (line: string) => void;
}

export class RequestCollector implements BatchCollector {
  private readonly requests = new Map<string, CollectedRequest>();
  private inFlightKeys = new Map<string, string>();
  private submissionCounts = new Map<string, number>();
  private readonly rejectedThisPass = new Set<string>();
  private readonly warned = new Set<string>();
  private readonly maxSubmissions: number;

  constructor(
    private readonly store: BatchStore,
    private readonly options: CollectorOptions = {},
  ) {
    this.maxSubmissions = options.maxSubmissions ?? 3;
  }

  /** Starts a stage pass: forgets what the last pass collected and reloads what is submitted. */
  async startPass(): Promise<void> {
    this.requests.clear();
    this.rejectedThisPass.clear();
    this.inFlightKeys = new Map();
    this.submissionCounts = new Map();
    for (const record of await this.store.submissions()) {
      if (!accepted(record)) continue;
      for (const key of record.keys) {
        this.submissionCounts.set(key, (this.submissionCounts.get(key) ?? 0) + 1);
        if (inFlight(record)) this.inFlightKeys.set(key, record.id);
      }
    }
  }

  /** The requests deferred in this pass (one per cache key). */
  collected(): CollectedRequest[] {
    return [...this.requests.values()];
  }

  async answer(chat: ChatModel, call: PreparedCall, request: ChatRequest): Promise<ChatResponse | undefined> {
    const key = call.cacheKey;
    if (!this.rejectedThisPass.has(key)) {
      const stored = await this.store.answer(key);
      if (stored !== undefined)
        return { text: stored.text, model: stored.model, ...(stored.usage ? { usage: stored.usage } : {}) };
    }
    if (chat.batch === undefined) {
      if (!this.warned.has(chat.id))
        this.options.log?.(`llm/batch: ${chat.id} has no Batch API; its calls run synchronously`);
      this.warned.add(chat.id);
      return undefined;
    }
    const submission = this.inFlightKeys.get(key);
    if (submission === undefined && (this.submissionCounts.get(key) ?? 0) >= this.maxSubmissions) return undefined;
    if (!this.requests.has(key))
      this.requests.set(key, {
        key,
        chat: chat as BatchableChatModel,
        promptId: call.promptId,
        line: requestLine(key, chat.batch.body(request)),
        ...(submission === undefined ? {} : { inFlight: submission }),
      });
    throw new DeferredRequest(key);
  }

  async rejected(call: PreparedCall, error: string): Promise<void> {
    const key = call.cacheKey;
    if (this.rejectedThisPass.has(key)) return;
    this.rejectedThisPass.add(key);
    const stored = await this.store.answer(key);
    await this.store.recordFailures([
      {
        key,
        batchId: stored?.batchId ?? null,
        error: `invalid answer: ${error}`.slice(0, 500),
        at: new Date().toISOString(),
      },
    ]);
    await this.store.deleteAnswer(key);
  }
}
