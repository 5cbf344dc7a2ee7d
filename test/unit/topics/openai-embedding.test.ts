import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { OpenAiEmbeddingModel } from "../../../src/models/embedding/openai-embedding-model.js";

let server: Server;
let baseUrl = "";
const requests: { model: string; input: string[] }[] = [];

before(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const parsed = JSON.parse(body) as { model: string; input: string[] };
      requests.push(parsed);
      response.setHeader("content-type", "application/json");
      if (parsed.model === "broken") return response.end(JSON.stringify({ object: "list", data: [] }));
      const data = parsed.input
        .map((text, index) => ({ object: "embedding", index, embedding: [text.length, index, 1] }))
        .reverse();
      response.end(
        JSON.stringify({ object: "list", model: parsed.model, data, usage: { prompt_tokens: 1, total_tokens: 1 } }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("POSTs batches to /v1/embeddings and returns vectors in input order", async () => {
  const model = new OpenAiEmbeddingModel({ baseUrl, model: "bge-m3", batchSize: 2 });
  const vectors = await model.embed(["a", "bb", "ccc"]);
  assert.deepEqual(
    vectors.map((vector) => [...vector]),
    [
      [1, 0, 1],
      [2, 1, 1],
      [3, 0, 1],
    ],
  );
  assert.deepEqual(
    requests.map((request) => request.input),
    [["a", "bb"], ["ccc"]],
  );
  assert.equal(requests[0]?.model, "bge-m3");
  assert.equal(model.dimensions, 3);
  assert.match(model.id, /^openai:bge-m3@http/);
});

test("an answer with the wrong number of vectors is a clear error", async () => {
  await assert.rejects(new OpenAiEmbeddingModel({ baseUrl, model: "broken" }).embed(["x"]), /unexpected answer/);
});
