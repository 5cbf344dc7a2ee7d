// A persistent answer cache keyed by (backend, model, prompt version, input); only valid answers are stored.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

export interface LlmCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, answer: string): Promise<void>;
}

export interface CacheKeyParts {
  modelId: string;
  promptId: string;
  promptVersion: string;
  /** The rendered messages and schema: anything that changes the answer. */
  input: unknown;
}

export function cacheKey(parts: CacheKeyParts): string {
  return createHash("sha256")
    .update(JSON.stringify([parts.modelId, parts.promptId, parts.promptVersion, parts.input]))
    .digest("hex");
}

/** One small JSON file per answer under `folder` (default `<home>/cache/llm`), written atomically. */
export function fileCache(folder: string): LlmCache {
  const pathOf = (key: string) => join(folder, key.slice(0, 2), `${key}.json`);
  return {
    async get(key) {
      try {
        const stored = JSON.parse(await readFile(pathOf(key), "utf8")) as { answer?: unknown };
        return typeof stored.answer === "string" ? stored.answer : undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, answer) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify({ answer, storedAt: new Date().toISOString() }));
      await rename(temporary, path);
    },
  };
}

export function memoryCache(): LlmCache & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get: async (key) => entries.get(key),
    set: async (key, answer) => void entries.set(key, answer),
  };
}
