// Backend choice: clear errors for incomplete flags; the ONNX folder backend records the model file hash.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { loadSettings } from "../../../src/config/settings.js";
import { createLogLikelihoodScorer } from "../../../src/models/likelihood/create-log-likelihood-scorer.js";
import { OnnxScorer } from "../../../src/models/likelihood/onnx-scorer.js";
import { LikelihoodScoringError } from "../../../src/models/likelihood/token-alignment.js";
import { InputError } from "../../../src/shared/errors.js";

const settings = loadSettings();
const fixture = fileURLToPath(new URL("../../fixtures/evaluation/tiny-onnx-lm", import.meta.url));

test("incomplete backend flags are InputErrors", async () => {
  await assert.rejects(createLogLikelihoodScorer(settings, { backend: "openai", model: "m" }), InputError);
  await assert.rejects(createLogLikelihoodScorer(settings, { backend: "onnx" }), InputError);
});

test("the ONNX backend records the model hash, and an empty continuation is refused", async () => {
  const { scorer, model } = await createLogLikelihoodScorer(settings, { backend: "onnx", model: fixture });
  assert.match(model.sha256 ?? "", /^[0-9a-f]{64}$/);
  assert.ok(scorer instanceof OnnxScorer);
  await assert.rejects(scorer.score([{ context: "my answer is", continuation: "" }]), LikelihoodScoringError);
});
