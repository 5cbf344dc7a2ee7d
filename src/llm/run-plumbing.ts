// The LLM cache and token log one CLI run shares across its stages: a file cache under <home>/cache/llm (or an
// in-memory one with --no-cache) and a per-run token log under <home>/logs, priced from NAVAB_LLM_PRICE_*.
import { join } from "node:path";
import { fileCache, memoryCache, type LlmCache } from "./cache.js";
import { TokenLog } from "./token-log.js";

export interface RunPlumbing {
  cache: LlmCache;
  tokenLog: TokenLog;
}

export function runPlumbing(home: string, runLabel: string, persistentCache: boolean): RunPlumbing {
  return {
    cache: persistentCache ? fileCache(join(home, "cache", "llm")) : memoryCache(),
    tokenLog: new TokenLog(runLabel, join(home, "logs", `tokens-${runLabel}.jsonl`), {
      promptPerMillion: Number(process.env.NAVAB_LLM_PRICE_PROMPT ?? 0) || 0,
      completionPerMillion: Number(process.env.NAVAB_LLM_PRICE_COMPLETION ?? 0) || 0,
    }),
  };
}
