// A deterministic, recording LogLikelihoodScorer for tests: whitespace "tokens", each scored by a function
// (default: a hash of context + token in [-4, -0.1]), every request kept in `calls`.
import { createHash } from "node:crypto";
import type { LogLikelihoodRequest, LogLikelihoodResult, LogLikelihoodScorer } from "./log-likelihood-scorer.js";

export type FakeTokenScore = (request: LogLikelihoodRequest, token: string, position: number) => number;

const hashedScore: FakeTokenScore = (request, token, position) => {
  const digest = createHash("sha256").update(`${request.context}\u0000${position}\u0000${token}`).digest();
  return -0.1 - (digest.readUInt32BE(0) / 0xffffffff) * 3.9;
};

export class FakeLogLikelihoodScorer implements LogLikelihoodScorer {
  readonly calls: LogLikelihoodRequest[][] = [];

  constructor(
    private readonly tokenScore: FakeTokenScore = hashedScore,
    readonly id = "fake-likelihood",
  ) {}

  async score(requests: readonly LogLikelihoodRequest[]): Promise<LogLikelihoodResult[]> {
    this.calls.push([...requests]);
    return requests.map((request) => {
      const tokens = request.continuation.split(/\s+/).filter((token) => token.length > 0);
      const tokenLogProbabilities = tokens.map((token, position) => this.tokenScore(request, token, position));
      return {
        logLikelihood: tokenLogProbabilities.reduce((total, value) => total + value, 0),
        tokenCount: tokens.length,
        tokenLogProbabilities,
      };
    });
  }
}
