// What a batch run keeps on disk under `<home>/batch/`, so a restarted process resumes instead of re-submitting:
// - submissions/<id>.json: one record per submitted batch (model, endpoint, the cache keys it carries, server batch
//   id, status, 24 h expiry, whether its results were filled) and submissions/<id>.input.jsonl, what was sent;
// - answers/<2 hex>/<key>.json: answers a batch returned that no stage has validated yet (never the cache: only
//   the stage's own zod schema decides what enters the cache);
// - failures.jsonl: one line per item that failed (in a batch, or its answer invalid), for retries and reports.
// Every JSON file is written atomically (temporary file, then rename).
import { randomUUID } from "node:crypto";
import { appendFile, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { BatchStatus } from "../../models/chat/batch-api.js";
import type { ChatResponse } from "../../models/chat/chat-model.js";

export interface SubmissionRecord {
  /** navab's id for the submission (also sent as batch metadata). */
  id: string;
  /** The chat model (its cache-key identity) whose requests these are. */
  modelId: string;
  endpoint: string;
  /** Cache keys = custom_ids of the input lines. */
  keys: string[];
  createdAt: string;
  /** "uploading" until the server accepted the batch; "abandoned" when a crash left it unsubmitted. */
  status: BatchStatus | "uploading" | "abandoned";
  inputFileId?: string;
  batchId?: string;
  /** Unix seconds: the end of the 24 h completion window. */
  expiresAt?: number;
  counts?: { total: number; completed: number; failed: number };
  /** When its output and error files were read into answers and failures. */
  filledAt?: string;
  outcome?: { answered: number; failed: number };
  estimateUsd?: number;
}

export interface FailureRecord {
  key: string;
  batchId: string | null;
  error: string;
  at: string;
}

export type StoredAnswer = ChatResponse & { batchId: string };

async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as T;
  } catch {
    return undefined;
  }
}

export class BatchStore {
  constructor(readonly folder: string) {}

  /** The lock file of submissions (the folder is created first). */
  async lockPath(): Promise<string> {
    await mkdir(this.folder, { recursive: true });
    return join(this.folder, "lock");
  }

  private submissionPath = (id: string) => join(this.folder, "submissions", `${id}.json`);
  private answerPath = (key: string) => join(this.folder, "answers", key.slice(0, 2), `${key}.json`);

  async submissions(): Promise<SubmissionRecord[]> {
    let names: string[];
    try {
      names = await readdir(join(this.folder, "submissions"));
    } catch {
      return [];
    }
    const records = await Promise.all(
      names
        .filter((name) => name.endsWith(".json"))
        .map((name) => readJson<SubmissionRecord>(join(this.folder, "submissions", name))),
    );
    return records
      .filter((record): record is SubmissionRecord => record !== undefined)
      .sort((left, right) => left.createdAt.localeCompare(right.createdAt));
  }

  saveSubmission(record: SubmissionRecord): Promise<void> {
    return writeAtomically(this.submissionPath(record.id), `${JSON.stringify(record)}\n`);
  }

  saveInput(id: string, jsonl: string): Promise<void> {
    return writeAtomically(join(this.folder, "submissions", `${id}.input.jsonl`), jsonl);
  }

  answer(key: string): Promise<StoredAnswer | undefined> {
    return readJson<StoredAnswer>(this.answerPath(key));
  }

  saveAnswer(key: string, answer: StoredAnswer): Promise<void> {
    return writeAtomically(this.answerPath(key), JSON.stringify(answer));
  }

  async deleteAnswer(key: string): Promise<void> {
    await rm(this.answerPath(key), { force: true });
  }

  async recordFailures(failures: readonly FailureRecord[]): Promise<void> {
    if (failures.length === 0) return;
    await mkdir(this.folder, { recursive: true });
    await appendFile(join(this.folder, "failures.jsonl"), failures.map((line) => `${JSON.stringify(line)}\n`).join(""));
  }

  /** Failures per cache key (a line written twice by an interrupted fill counts once). */
  async failures(): Promise<Map<string, FailureRecord[]>> {
    let text = "";
    try {
      text = await readFile(join(this.folder, "failures.jsonl"), "utf8");
    } catch {
      return new Map();
    }
    const byKey = new Map<string, FailureRecord[]>();
    const seen = new Set<string>();
    for (const raw of text.split("\n")) {
      if (raw.trim() === "") continue;
      try {
        const failure = JSON.parse(raw) as FailureRecord;
        const identity = `${failure.key} ${failure.batchId} ${failure.error}`;
        if (seen.has(identity)) continue;
        seen.add(identity);
        byKey.set(failure.key, [...(byKey.get(failure.key) ?? []), failure]);
      } catch {
        // A line cut by a crash: the failure is recorded again by the next fill or pass.
      }
    }
    return byKey;
  }
}

/** Submissions the server accepted (they count against an item's bound). */
export const accepted = (record: SubmissionRecord): boolean => record.batchId !== undefined;

/** Accepted submissions whose results have not been read yet. */
export const inFlight = (record: SubmissionRecord): boolean => accepted(record) && record.filledAt === undefined;
