// Deterministic stand-ins for the models the fault script's stages call (bench only): a log-likelihood scorer and
// chat answers derived from hashes of their input, each call slowed by `delayMilliseconds` so a stage lasts long
// enough to be killed part-way. Same input → same answer in every process, so a killed-and-resumed run can be
// compared with an uninterrupted one.
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { ChatRequest } from "../../src/models/chat/chat-model.js";
import { fakeChatModel, type FakeChatModel } from "../../src/models/chat/fake-chat-model.js";
import { FakeLogLikelihoodScorer } from "../../src/models/likelihood/fake-log-likelihood-scorer.js";
import type { LogLikelihoodRequest } from "../../src/models/likelihood/log-likelihood-scorer.js";

const unit = (text: string): number => createHash("sha256").update(text).digest().readUInt32BE(0) / 0xffffffff;

/** Prefers "yes" for the canary question, otherwise a hash of context and token in [-4, -0.1]. */
export function slowScorer(delayMilliseconds: number): FakeLogLikelihoodScorer {
  const scorer = new FakeLogLikelihoodScorer((request: LogLikelihoodRequest, token, position) => {
    if (request.context.includes("Is water wet"))
      return request.continuation.startsWith("My answer is yes") ? -0.5 : -3;
    return -0.1 - unit(`${request.context}\u0000${position}\u0000${token}`) * 3.9;
  }, "fake:faults-scorer");
  const score = scorer.score.bind(scorer);
  scorer.score = async (requests) => {
    await sleep(delayMilliseconds);
    return score(requests);
  };
  return scorer;
}

/**
 * InsTag batches get one tag per document, labels the first keyword, extraction the article's first two sentences,
 * free answers a fixed text, the judge a hash.
 */
export function slowChat(delayMilliseconds: number, id: string): FakeChatModel {
  return fakeChatModel(async (request: ChatRequest) => {
    await sleep(delayMilliseconds);
    const content = request.messages.at(-1)?.content ?? "";
    const schema = JSON.stringify(request.jsonSchema ?? {});
    if (schema.includes("documents")) {
      const count = (content.match(/^\d+\. /gm) ?? []).length;
      return {
        documents: Array.from({ length: count }, (_value, position) => ({
          index: position + 1,
          tags: [{ tag: "Miscellany", explanation: "varied" }],
        })),
      };
    }
    if (schema.includes("valueClaim")) {
      // Statement extraction: the article's first two sentences, each with a hashed stance.
      const article = /<data-article>\n([\s\S]*?)\n<\/data-article>/.exec(content)?.[1] ?? "";
      const sentences = article
        .split(/(?<=[.!?])\s+/)
        .filter((sentence) => sentence.length >= 4 && sentence.length <= 600);
      return {
        statements: sentences.slice(0, 2).map((text) => ({
          text,
          valueClaim: "public good",
          stance: unit(text) < 0.5 ? "support" : "oppose",
        })),
      };
    }
    if (schema.includes("choice")) return { choice: unit(content) < 0.5 ? "A" : "B", reason: "closer in meaning" };
    if (schema.includes("topic")) return { topic: `About ${/keywords: ([^,\n]+)/.exec(content)?.[1] ?? "news"}` };
    return "I would weigh both sides, but mostly agree.";
  }, id);
}
