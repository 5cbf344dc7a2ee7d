// A deterministic, recording ChatModel for tests: answers from a fixed value, a function, or a queue; with a
// `batchApi` it also offers the batch capability (the OpenAI request body, that API).
import type { BatchApi, ChatBatchCapability } from "./batch-api.js";
import type { ChatModel, ChatRequest, ChatResponse } from "./chat-model.js";
import { completionBody } from "./openai-chat-model.js";
import { NavabError } from "../../shared/errors.js";

/** What the fake answers with: a string/object (always the same), a function of the request, or a queue. */
export type FakeAnswer = string | Record<string, unknown> | unknown[];
export type FakeAnswerSource =
  | FakeAnswer
  | ((request: ChatRequest, callIndex: number) => FakeAnswer | Promise<FakeAnswer>)
  | { queue: FakeAnswer[] };

export interface FakeChatModelOptions {
  /** Identity used in cache keys and output records (default "fake:chat"). */
  id?: string;
  answers: FakeAnswerSource;
  /** Makes the model batchable through this API (e.g. a FakeBatchApi). */
  batchApi?: BatchApi;
}

export class FakeChatModel implements ChatModel {
  readonly id: string;
  /** Every request received, in order (deep copies, so later mutation by callers does not change the record). */
  readonly calls: ChatRequest[] = [];
  readonly batch?: ChatBatchCapability;
  private readonly source: FakeAnswerSource;

  constructor(options: FakeChatModelOptions) {
    this.id = options.id ?? "fake:chat";
    this.source = options.answers;
    if (options.batchApi) this.batch = { body: (request) => completionBody(this.id, request), api: options.batchApi };
  }

  async complete(request: ChatRequest): Promise<ChatResponse> {
    const callIndex = this.calls.length;
    this.calls.push(structuredClone(request));
    const answer = await this.next(request, callIndex);
    const text = typeof answer === "string" ? answer : JSON.stringify(answer);
    const promptCharacters = request.messages.reduce((total, message) => total + message.content.length, 0);
    return {
      text,
      model: this.id,
      usage: { promptTokens: Math.ceil(promptCharacters / 4), completionTokens: Math.ceil(text.length / 4) },
    };
  }

  private async next(request: ChatRequest, callIndex: number): Promise<FakeAnswer> {
    const source = this.source;
    if (typeof source === "function") return source(request, callIndex);
    if (isQueue(source)) {
      const answer = source.queue.shift();
      if (answer === undefined) throw new NavabError(`fake chat model: answer queue is empty (call ${callIndex + 1})`);
      return answer;
    }
    return source;
  }
}

function isQueue(source: FakeAnswerSource): source is { queue: FakeAnswer[] } {
  return typeof source === "object" && !Array.isArray(source) && Array.isArray((source as { queue?: unknown }).queue);
}

/** Shorthand: `fakeChatModel({queue: [...]})`, `fakeChatModel("ok")`, `fakeChatModel((request) => ...)`. */
export function fakeChatModel(answers: FakeAnswerSource, id?: string): FakeChatModel {
  return new FakeChatModel({ answers, ...(id === undefined ? {} : { id }) });
}
