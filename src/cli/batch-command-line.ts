// The stage command a `navab batch run -- …` wraps: only commands whose LLM calls defer cleanly (each item is
// skipped, never recorded as failed, and the stage resumes it), one run id for every pass, a y/N question at the
// terminal, and a sleep that Ctrl-C ends.
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline/promises";
import { InputError } from "../shared/errors.js";

/** Commands that run through the Batch API, by their first two words. */
export const BATCHABLE_COMMANDS = [
  "statements run",
  "extract statements",
  "judge sources",
  "build triples",
  "screen topics",
  "eval run",
] as const;

const NOT_BATCHABLE: Record<string, string> = {
  topics: "topic labels and InsTag catch a chat error as a failed label or batch (and topics re-cluster on every pass)",
  conflicts: "the same-value checks of conflict graphs are few and bounded (maxLlmChecks); run them synchronously",
  batch: "a batch run cannot wrap another",
};

/** The wrapped command as given, checked; `eval` alone means `eval run`. */
export function batchableCommand(args: readonly string[]): string[] {
  const words =
    args[0] === "eval" && (args[1] === undefined || args[1].startsWith("-"))
      ? ["eval", "run", ...args.slice(1)]
      : [...args];
  const name = words.slice(0, 2).join(" ");
  if ((BATCHABLE_COMMANDS as readonly string[]).includes(name)) return words;
  const reason = NOT_BATCHABLE[words[0] ?? ""];
  throw new InputError(
    `batch: '${name}' cannot run through the Batch API${reason ? ` (${reason})` : ""}; it can wrap: ${BATCHABLE_COMMANDS.join(", ")}`,
  );
}

/** The command with a run id, so every pass (and a resumed run) writes to the same Runs. */
export function withRunId(words: readonly string[]): { words: string[]; runId: string } {
  const index = words.findIndex((word) => word === "--run-id" || word.startsWith("--run-id="));
  if (index >= 0) {
    const word = words[index] as string;
    return { words: [...words], runId: word.includes("=") ? word.slice("--run-id=".length) : (words[index + 1] ?? "") };
  }
  const runId = `batch-${new Date().toISOString().replace(/[-:]/g, "").slice(0, 15)}-${randomBytes(3).toString("hex")}`;
  return { words: [...words, "--run-id", runId], runId };
}

/** Asks a yes/no question on the terminal (stderr), or undefined when stdin is not a terminal. */
export function terminalQuestion(): ((question: string) => Promise<boolean>) | undefined {
  if (!process.stdin.isTTY) return undefined;
  return async (question) => {
    const terminal = createInterface({ input: process.stdin, output: process.stderr });
    try {
      return /^y(es)?$/i.test((await terminal.question(question)).trim());
    } finally {
      terminal.close();
    }
  };
}

/** A sleep that returns early when `signal` aborts. */
export const abortableSleep =
  (signal: AbortSignal) =>
  (milliseconds: number): Promise<void> =>
    new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const timer = setTimeout(done, milliseconds);
      function done() {
        clearTimeout(timer);
        signal.removeEventListener("abort", done);
        resolve();
      }
      signal.addEventListener("abort", done, { once: true });
    });
