// What every statement-pipeline stage receives: the graph, a chat model, and the LLM plumbing (cache, token log).
import type { CypherExecutor } from "../database/executor.js";
import type { LlmCache } from "../llm/cache.js";
import type { RetryOptions } from "../llm/retry.js";
import type { TokenLog } from "../llm/token-log.js";
import type { ChatModel } from "../models/chat/chat-model.js";
import type { ProgressReporter } from "../shared/progress.js";

export interface StageDependencies {
  executor: CypherExecutor;
  chat: ChatModel;
  cache?: LlmCache;
  tokenLog?: TokenLog;
  progress?: ProgressReporter;
  /** Abort (Ctrl-C): the stage stops between items; what is written stays and a re-run resumes. */
  signal?: AbortSignal;
  log?: (line: string) => void;
  /** Transient-failure retry policy (tests shorten the waits). */
  transient?: RetryOptions;
}

export interface StageCommonOptions {
  /** Run id; reuse one to resume (items done by the same prompt version and model are skipped anyway). */
  runId?: string;
  /** Redo items already done by this prompt version and model. */
  force?: boolean;
  /** Redo items whose earlier attempt failed (malformed answers). */
  retryFailed?: boolean;
  /** Chat calls in flight at once (default 2). */
  concurrency?: number;
  /** Extra attempts after a malformed answer (default 2). */
  retries?: number;
  promptVersion?: string;
  seed?: number;
}

export interface StageResult {
  runId: string;
  counts: Record<string, number>;
}
