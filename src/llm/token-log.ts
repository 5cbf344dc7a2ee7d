// Per-run token accounting: every chat call's usage, totals for the Run's counts, optionally appended as JSONL.
import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { ChatUsage } from "../models/chat/chat-model.js";

export interface TokenTotals {
  calls: number;
  cachedCalls: number;
  promptTokens: number;
  completionTokens: number;
  /** Estimated cost in US dollars when prices are known (0 for the local model). */
  costUsd: number;
}

/** Prices in US dollars per million tokens (e.g. from NAVAB_LLM_PRICE_PROMPT / NAVAB_LLM_PRICE_COMPLETION). */
export interface TokenPrices {
  promptPerMillion: number;
  completionPerMillion: number;
  /** Fraction taken off answers that came from the Batch API (e.g. 0.5 from NAVAB_LLM_BATCH_DISCOUNT). */
  batchDiscount?: number;
}

export class TokenLog {
  readonly totals: TokenTotals = { calls: 0, cachedCalls: 0, promptTokens: 0, completionTokens: 0, costUsd: 0 };

  /** `file`: a JSONL path (e.g. `<home>/logs/tokens-<runId>.jsonl`); omit to keep totals in memory only. */
  constructor(
    private readonly runId: string,
    private readonly file?: string,
    private readonly prices: TokenPrices = { promptPerMillion: 0, completionPerMillion: 0 },
  ) {
    if (file) mkdirSync(dirname(file), { recursive: true });
  }

  record(entry: { promptId: string; modelId: string; usage?: ChatUsage; cached: boolean; batch?: boolean }): void {
    if (entry.cached) this.totals.cachedCalls += 1;
    else this.totals.calls += 1;
    this.totals.promptTokens += entry.usage?.promptTokens ?? 0;
    this.totals.completionTokens += entry.usage?.completionTokens ?? 0;
    if (!entry.cached && entry.usage) {
      const factor = entry.batch ? 1 - (this.prices.batchDiscount ?? 0) : 1;
      this.totals.costUsd +=
        (factor *
          (entry.usage.promptTokens * this.prices.promptPerMillion +
            entry.usage.completionTokens * this.prices.completionPerMillion)) /
        1e6;
    }
    if (this.file && !entry.cached) {
      const line = {
        runId: this.runId,
        at: new Date().toISOString(),
        promptId: entry.promptId,
        modelId: entry.modelId,
        ...(entry.batch ? { batch: true } : {}),
        ...entry.usage,
      };
      appendFileSync(this.file, `${JSON.stringify(line)}\n`);
    }
  }
}
