// One bound per endpoint across stages: two chat models of one base URL (e.g. the evaluated model and its judge,
// or two stages in one process), each driven with 8 calls in flight, never hold more than the bound at the server.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { z } from "zod";
import { mapWithConcurrency } from "../../../src/llm/concurrency.js";
import { loadPrompt } from "../../../src/llm/prompt-file.js";
import { structuredCompletion } from "../../../src/llm/structured-completion.js";
import { OpenAiChatModel } from "../../../src/models/chat/openai-chat-model.js";
import { startScriptedServer, type ScriptedServer } from "../../support/scripted-openai-server.js";

let server: ScriptedServer;
let holding = 0;
let peak = 0;
before(async () => {
  server = await startScriptedServer({
    handler: async () => {
      holding += 1;
      peak = Math.max(peak, holding);
      await new Promise((resolve) => setTimeout(resolve, 20));
      holding -= 1;
      return { content: JSON.stringify({ question: "Why?" }) };
    },
  });
});
after(() => server.close());

test("two models and two loops of 8 share the endpoint's bound of 3", async () => {
  const prompt = loadPrompt("statements", "question-generation");
  const models = [
    new OpenAiChatModel({ baseUrl: server.baseUrl, model: "evaluated", concurrency: 3 }),
    new OpenAiChatModel({ baseUrl: server.baseUrl, model: "judge", concurrency: 3 }),
  ];
  const loop = (model: OpenAiChatModel, name: string) =>
    mapWithConcurrency(
      Array.from({ length: 12 }, (_, index) => index),
      8,
      (index) =>
        structuredCompletion(
          model,
          prompt,
          { language: "English", statement: `${name} ${index}` },
          z.object({ question: z.string() }),
        ),
    );
  const results = await Promise.all(models.map((model, index) => loop(model, `loop ${index}`)));
  assert.ok(results.flat().every((result) => result.ok));
  assert.equal(server.requests.length, 24);
  assert.equal(peak, 3);
});
