// The OpenAI-compatible completions backend against a scripted server: echo + logprobs parsing, the token
// boundary, and a broken echo server (text-independent or missing prompt log-probs) tripping the guard.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { checkCanary, ScorerGuardError } from "../../../src/evaluation/guard.js";
import {
  CompletionsEndpointError,
  OpenAiCompletionsScorer,
} from "../../../src/models/likelihood/openai-completions-scorer.js";
import {
  startScriptedServer,
  type RecordedRequest,
  type ScriptedServer,
} from "../../support/scripted-openai-server.js";

/** Echo body for a prompt split into whitespace-led "tokens", each log-prob given by `value`. */
function echoBody(prompt: string, value: (token: string, index: number) => number | null) {
  const tokens = prompt.match(/\s*\S+/g) ?? [];
  let offset = 0;
  const text_offset = tokens.map((token) => ((offset += token.length), offset - token.length));
  const token_logprobs = tokens.map((token, index) => (index === 0 ? null : value(token, index)));
  return { choices: [{ text: prompt, logprobs: { tokens, token_logprobs, text_offset } }] };
}

let server: ScriptedServer;
before(async () => {
  server = await startScriptedServer();
});
after(() => server.close());

const promptOf = (request: RecordedRequest): string => String(request.body.prompt);

test("continuation log-probs are the prompt tokens after the context, requested with echo and logprobs", async () => {
  server.setHandler((request) => ({
    json: echoBody(promptOf(request), (token) => (token.includes("yes") ? -0.25 : -1)),
  }));
  const scorer = new OpenAiCompletionsScorer({ baseUrl: server.baseUrl, model: "m" });
  const [result] = await scorer.score([{ context: "Question: Is it?\n", continuation: "My answer is yes" }]);
  assert.deepEqual(result?.tokenLogProbabilities, [-1, -1, -1, -0.25]);
  assert.equal(result?.tokenCount, 4);
  const body = server.requests.at(-1)?.body;
  assert.equal(body?.echo, true);
  assert.equal(body?.logprobs, 1);
  assert.equal(body?.prompt, "Question: Is it?\nMy answer is yes");
});

test("a broken echo server whose log-probs ignore the text trips the canary guard", async () => {
  server.setHandler((request) => ({ json: echoBody(promptOf(request), () => -2) }));
  await assert.rejects(
    checkCanary(new OpenAiCompletionsScorer({ baseUrl: server.baseUrl, model: "m" })),
    ScorerGuardError,
  );
});

test("missing prompt-token log-probs are an error, not a score", async () => {
  server.setHandler((request) => ({ json: echoBody(promptOf(request), () => null) }));
  const scorer = new OpenAiCompletionsScorer({ baseUrl: server.baseUrl, model: "m" });
  await assert.rejects(scorer.score([{ context: "Q\n", continuation: "My answer is x" }]), CompletionsEndpointError);
  server.setHandler(() => ({ json: { choices: [{ text: "x", logprobs: null }] } }));
  await assert.rejects(scorer.score([{ context: "Q\n", continuation: "My answer is x" }]), /no prompt-token log-probs/);
  server.setHandler(() => ({ status: 500 }));
  await assert.rejects(scorer.score([{ context: "Q\n", continuation: "A" }]), /HTTP 500/);
});
