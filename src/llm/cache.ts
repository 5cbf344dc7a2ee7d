// A persistent answer cache: only valid answers are stored (never errors), under a key that covers everything that
// changes the answer — model, prompt id and version, the rendered messages, the JSON schema, seed, temperature and
// max tokens (cache-key.ts). Writes are atomic and never collide: each goes to its own temporary file first.
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

export interface LlmCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, answer: string): Promise<void>;
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
      // Two identical prompts in flight (same key, same process) must not share a temporary file.
      const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`;
      try {
        await writeFile(temporary, JSON.stringify({ answer, storedAt: new Date().toISOString() }));
        await rename(temporary, path);
      } finally {
        await rm(temporary, { force: true });
      }
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
