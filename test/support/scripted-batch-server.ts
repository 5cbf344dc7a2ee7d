// A scripted OpenAI Batch API server for tests: /v1/files (multipart upload with purpose "batch", content
// download), /v1/batches (create with the 24 h window, retrieve, cancel), backed by a FakeBatchApi engine (scripted
// status progressions, per-line answers, error lines, expired and failed batches); /v1/chat/completions answers
// the synchronous path from a scripted handler. Every HTTP request is recorded.
import type { BatchInfo } from "../../src/models/chat/batch-api.js";
import { FakeBatchApi, type FakeBatchApiOptions } from "../../src/models/chat/fake-batch-api.js";
import { startScriptedServer, type ScriptedHandler, type ScriptedServer } from "./scripted-openai-server.js";

export interface ScriptedBatchServer extends ScriptedServer {
  engine: FakeBatchApi;
  /** HTTP requests by route, e.g. count("POST /v1/batches"). */
  count(route: string): number;
}

interface Part {
  name: string;
  content: string;
}

/** The parts of a multipart/form-data body (text parts only, enough for JSONL uploads). */
function multipartParts(raw: string, contentType: string): Part[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return [];
  return raw
    .split(`--${marker}`)
    .slice(1, -1)
    .map((part) => {
      const split = part.indexOf("\r\n\r\n");
      const head = part.slice(0, split);
      return { name: /name="([^"]+)"/.exec(head)?.[1] ?? "", content: part.slice(split + 4).replace(/\r\n$/, "") };
    });
}

function batchJson(info: BatchInfo, metadata: Record<string, string>) {
  return {
    id: info.id,
    object: "batch",
    endpoint: "/v1/chat/completions",
    errors: info.errors ? { object: "list", data: info.errors.map((message) => ({ code: "invalid", message })) } : null,
    input_file_id: info.inputFileId,
    completion_window: "24h",
    status: info.status,
    output_file_id: info.outputFileId ?? null,
    error_file_id: info.errorFileId ?? null,
    created_at: Math.floor(Date.now() / 1000),
    expires_at: info.expiresAt ?? null,
    request_counts: info.counts ?? { total: 0, completed: 0, failed: 0 },
    metadata,
  };
}

const json = (value: unknown, status = 200) => ({ status, body: JSON.stringify(value) });
const notFound = (what: string) => json({ error: { message: `scripted batch server: no ${what}` } }, 404);

export async function startScriptedBatchServer(
  options: FakeBatchApiOptions & { chat?: ScriptedHandler },
): Promise<ScriptedBatchServer> {
  const engine = new FakeBatchApi(options);
  const routes: string[] = [];
  const server = await startScriptedServer({
    ...(options.chat ? { handler: options.chat } : {}),
    routes: async (method, path, raw, headers) => {
      routes.push(`${method} ${path.replace(/(file|batch)[-_][A-Za-z0-9]+/g, ":id")}`);
      if (method === "POST" && path.endsWith("/v1/files")) {
        const parts = multipartParts(raw, String(headers["content-type"] ?? ""));
        const purpose = parts.find((part) => part.name === "purpose")?.content;
        const file = parts.find((part) => part.name === "file")?.content;
        if (purpose !== "batch" || file === undefined)
          return json({ error: { message: `purpose must be "batch" with a file (got ${purpose})` } }, 400);
        const id = await engine.upload(file);
        return json({ id, object: "file", bytes: file.length, created_at: 0, filename: "input.jsonl", purpose });
      }
      const content = /\/v1\/files\/([^/]+)\/content$/.exec(path);
      if (method === "GET" && content) {
        const text = engine.files.get(content[1] ?? "");
        return text === undefined
          ? notFound("file")
          : { status: 200, body: text, contentType: "application/octet-stream" };
      }
      if (method === "POST" && path.endsWith("/v1/batches")) {
        const body = JSON.parse(raw) as {
          input_file_id: string;
          endpoint: string;
          completion_window: string;
          metadata?: Record<string, string>;
        };
        if (body.completion_window !== "24h" || body.endpoint !== "/v1/chat/completions")
          return json({ error: { message: "completion_window must be 24h and endpoint /v1/chat/completions" } }, 400);
        if (!engine.files.has(body.input_file_id)) return notFound("input file");
        return json(batchJson(await engine.create(body.input_file_id, body.metadata ?? {}), body.metadata ?? {}));
      }
      const batch = /\/v1\/batches\/([^/]+)(\/cancel)?$/.exec(path);
      if (batch) {
        const found = engine.batches.find((candidate) => candidate.info.id === batch[1]);
        if (found === undefined) return notFound("batch");
        const info = batch[2] ? await engine.cancel(found.info.id) : await engine.retrieve(found.info.id);
        return json(batchJson(info, found.metadata));
      }
      return undefined;
    },
  });
  return { ...server, engine, count: (route) => routes.filter((entry) => entry === route).length };
}
