// A deterministic OpenAI-compatible HTTP server for tests: /v1/chat/completions and /v1/completions answer from
// a queue of scripted replies or a handler function; replies can be 429 (with retry-after), 500, garbage bodies
// or delayed. Every request is recorded. Listens on 127.0.0.1 on a free port. Other routes can be added with
// `routes` (the scripted Batch API server, scripted-batch-server.ts, adds /v1/files and /v1/batches).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  path: string;
  body: Record<string, unknown>;
  headers: IncomingMessage["headers"];
}

/** One scripted reply. `content` → a chat completion (or text completion) with that text. */
export type ScriptedReply =
  | { content: string; usage?: { prompt_tokens: number; completion_tokens: number }; delayMs?: number }
  | { status: number; body?: unknown; retryAfter?: string; delayMs?: number }
  | { garbage: string; delayMs?: number }
  /** Full control of the JSON body (e.g. logprobs for /v1/completions). */
  | { json: unknown; delayMs?: number }
  /** Close the connection without answering (a crashed server). */
  | { hangUp: true };

export type ScriptedHandler = (request: RecordedRequest, index: number) => ScriptedReply | Promise<ScriptedReply>;

/** An extra route: a reply for this method, path and raw body, or undefined to fall through to the chat routes. */
export type ScriptedRoutes = (
  method: string,
  path: string,
  raw: string,
  headers: IncomingMessage["headers"],
) => Promise<{ status: number; body: string; contentType?: string } | undefined>;

export interface ScriptedServer {
  /** Base URL ending in /v1, as the openai package expects. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Appends replies to the queue. */
  enqueue(...replies: ScriptedReply[]): void;
  /** Replaces the queue with a handler (used once the queue is empty). */
  setHandler(handler: ScriptedHandler): void;
  close(): Promise<void>;
}

function chatBody(
  path: string,
  body: Record<string, unknown>,
  reply: { content: string; usage?: { prompt_tokens: number; completion_tokens: number } },
) {
  const usage = reply.usage ?? { prompt_tokens: 10, completion_tokens: Math.ceil(reply.content.length / 4) };
  const common = {
    id: "scripted",
    created: 0,
    model: String(body.model ?? "scripted"),
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
  if (path.endsWith("/completions") && !path.endsWith("/chat/completions")) {
    return {
      ...common,
      object: "text_completion",
      choices: [{ index: 0, text: reply.content, finish_reason: "stop", logprobs: null }],
    };
  }
  return {
    ...common,
    object: "chat.completion",
    choices: [
      { index: 0, message: { role: "assistant", content: reply.content }, finish_reason: "stop", logprobs: null },
    ],
  };
}

export async function startScriptedServer(
  options: { replies?: ScriptedReply[]; handler?: ScriptedHandler; routes?: ScriptedRoutes } = {},
): Promise<ScriptedServer> {
  const queue: ScriptedReply[] = [...(options.replies ?? [])];
  let handler = options.handler;
  const requests: RecordedRequest[] = [];

  const respond = async (incoming: IncomingMessage, response: ServerResponse, raw: string): Promise<void> => {
    const path = (incoming.url ?? "").split("?")[0] ?? "";
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      body = { unparsed: raw };
    }
    const recorded = { path, body, headers: incoming.headers };
    const index = requests.length;
    requests.push(recorded);
    const routed = await options.routes?.(incoming.method ?? "GET", path, raw, incoming.headers);
    if (routed !== undefined) {
      response.writeHead(routed.status, { "content-type": routed.contentType ?? "application/json" }).end(routed.body);
      return;
    }
    if (!path.endsWith("/chat/completions") && !path.endsWith("/completions")) {
      response
        .writeHead(404, { "content-type": "application/json" })
        .end(JSON.stringify({ error: { message: `no route ${path}` } }));
      return;
    }
    const reply = queue.shift() ?? (await handler?.(recorded, index));
    if (reply === undefined) {
      response
        .writeHead(500, { "content-type": "application/json" })
        .end(JSON.stringify({ error: { message: "scripted server: no reply queued" } }));
      return;
    }
    if ("hangUp" in reply) {
      incoming.socket.destroy();
      return;
    }
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if ("garbage" in reply) {
      response.writeHead(200, { "content-type": "application/json" }).end(reply.garbage);
    } else if ("status" in reply) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (reply.retryAfter !== undefined) headers["retry-after"] = reply.retryAfter;
      response
        .writeHead(reply.status, headers)
        .end(JSON.stringify(reply.body ?? { error: { message: `scripted ${reply.status}` } }));
    } else if ("json" in reply) {
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(reply.json));
    } else {
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(chatBody(path, body, reply)));
    }
  };

  const server: Server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      respond(incoming, response, Buffer.concat(chunks).toString("utf8")).catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => void queue.push(...replies),
    setHandler: (next) => void (handler = next),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
