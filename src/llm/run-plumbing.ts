// The LLM cache and token log one CLI run shares across its stages: a file cache under <home>/cache/llm (or an
// in-memory one with --no-cache) and a per-run token log under <home>/logs, priced with the given token prices;
// under `navab batch run`, the batch collector that sends the calls to the Batch API.
import { join } from "node:path";
import type { BatchCollector } from "./batch/batch-collector.js";
import { fileCache, memoryCache, type LlmCache } from "./cache.js";
import { TokenLog, type TokenPrices } from "./token-log.js";

export interface RunPlumbing {
  cache: LlmCache;
  tokenLog: TokenLog;
  batch?: BatchCollector;
}

export function runPlumbing(
  home: string,
  runLabel: string,
  persistentCache: boolean,
  prices: TokenPrices = { promptPerMillion: 0, completionPerMillion: 0 },
  batch?: BatchCollector,
): RunPlumbing {
  return {
    cache: persistentCache ? fileCache(join(home, "cache", "llm")) : memoryCache(),
    tokenLog: new TokenLog(runLabel, join(home, "logs", `tokens-${runLabel}.jsonl`), prices),
    ...(batch === undefined ? {} : { batch }),
  };
}
