// ChatModel over a local GGUF through node-llama-cpp; a JSON schema becomes a grammar, so even tiny models
// return parseable structures. Requests are served one at a time on one reused context sequence.
import type { ChatHistoryItem, LlamaContext, LlamaGrammar, LlamaModel } from "node-llama-cpp";
import { sharedLlama, sharedModel } from "../local/llama-runtime.js";
import type { LocalModel } from "../local/local-model.js";
import { llamaThreads } from "../local/thread-count.js";
import { NavabError } from "../../shared/errors.js";
import type { ChatModel, ChatRequest, ChatResponse } from "./chat-model.js";

export interface LlamaChatOptions {
  /** Context window in tokens (default 8192); prompts are expected to fit (stages truncate article text). */
  contextSize?: number;
  /** Default answer budget when a request gives none (default 512). */
  maxTokens?: number;
  /** DRY repetition penalty strength (default 0 = off: at 0.8 it did not stop the loops in the smoke run). */
  dryRepeatStrength?: number;
  /** CPU threads (default: the machine's idle cores when the context is created, see thread-count.ts). */
  threads?: number;
}

export class LlamaChatModel implements ChatModel {
  readonly id: string;
  private context: Promise<{ model: LlamaModel; context: LlamaContext }> | undefined;
  private readonly grammars = new Map<string, Promise<LlamaGrammar>>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly local: LocalModel,
    private readonly options: LlamaChatOptions = {},
  ) {
    this.id = `llama:${local.name}:${local.sha256.slice(0, 12)}`;
  }

  complete(request: ChatRequest): Promise<ChatResponse> {
    const answer = this.queue.then(() => this.serve(request));
    this.queue = answer.catch(() => undefined);
    return answer;
  }

  async dispose(): Promise<void> {
    const loaded = await this.context?.catch(() => undefined);
    this.context = undefined;
    await loaded?.context.dispose();
  }

  private async serve(request: ChatRequest): Promise<ChatResponse> {
    const { LlamaChatSession } = await import("node-llama-cpp");
    const { model, context } = await this.loaded();
    const sequence = context.getSequence();
    try {
      const last = request.messages.at(-1);
      if (last === undefined || last.role !== "user")
        throw new NavabError("local chat: the last message must be the user's");
      const session = new LlamaChatSession({ contextSequence: sequence, autoDisposeSequence: false });
      session.setChatHistory(request.messages.slice(0, -1).map(toHistoryItem));
      const grammar = request.jsonSchema === undefined ? undefined : await this.grammar(request.jsonSchema);
      const text = await session.prompt(last.content, {
        maxTokens: request.maxTokens ?? this.options.maxTokens ?? 512,
        temperature: request.temperature ?? 0,
        ...(request.seed === undefined ? {} : { seed: request.seed }),
        ...(grammar === undefined ? {} : { grammar }),
        // Optional DRY sampler against loops ("the law of the law of the law"); off by default, see dryRepeatStrength.
        ...((this.options.dryRepeatStrength ?? 0) === 0
          ? {}
          : { dryRepeatPenalty: { strength: this.options.dryRepeatStrength ?? 0 } }),
      });
      session.dispose({ disposeSequence: false });
      const promptText = request.messages.map((message) => message.content).join("\n");
      return {
        text,
        model: this.id,
        usage: { promptTokens: model.tokenize(promptText).length, completionTokens: model.tokenize(text).length },
      };
    } finally {
      sequence.dispose();
    }
  }

  private loaded(): Promise<{ model: LlamaModel; context: LlamaContext }> {
    this.context ??= sharedModel(this.local.path).then(async (model) => ({
      model,
      context: await model.createContext({
        contextSize: this.options.contextSize ?? 8192,
        threads: await llamaThreads(this.options.threads),
      }),
    }));
    return this.context;
  }

  private grammar(schema: Record<string, unknown>): Promise<LlamaGrammar> {
    const key = JSON.stringify(schema);
    let grammar = this.grammars.get(key);
    if (grammar === undefined) {
      // The schema is checked at run time by zod; the grammar only needs its JSON shape.
      grammar = sharedLlama().then((llama) => llama.createGrammarForJsonSchema(schema as never));
      this.grammars.set(key, grammar);
    }
    return grammar;
  }
}

function toHistoryItem(message: ChatRequest["messages"][number]): ChatHistoryItem {
  if (message.role === "system") return { type: "system", text: message.content };
  if (message.role === "user") return { type: "user", text: message.content };
  return { type: "model", response: [message.content] };
}
