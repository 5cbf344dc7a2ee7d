// Ingest memory benchmark (issue 12 item 6): peak RSS of the ingest stage as the input grows. A synthetic JSONL corpus
// (seeded random words, no corpus text) of each size is read and prepared (`dryRun`, no database) in a fresh child
// process, which reports its own peak RSS and records/s; a stage that holds the corpus grows with it, a streaming
// one stays flat.
// Usage: nice -n 10 npx tsx bench/ingest/memory.ts [--records 20000,200000] [--text-bytes 1500] [--batch-size 2000]
//        [--heap 96]   (the child's V8 heap in MB: a stage holding the corpus runs out of memory)
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { seededRandom } from "../../src/shared/seeded-random.js";

const { values } = parseArgs({
  options: {
    records: { type: "string", default: "20000,200000" },
    "text-bytes": { type: "string", default: "1500" },
    "batch-size": { type: "string", default: "2000" },
    /** Caps the child's V8 heap (--max-old-space-size): a stage that holds the corpus dies, a streaming one finishes. */
    heap: { type: "string" },
    child: { type: "string" },
  },
});

const WORDS = (
  "the council said on monday that its budget for schools roads and the new library would rise next year while " +
  "ministers in the capital argued over trade tariffs energy prices and the future of the port after a long strike"
).split(" ");

/** Writes `count` JSONL records of about `textBytes` each (distinct texts), in 1 MB writes. */
function writeCorpus(path: string, count: number, textBytes: number): void {
  const random = seededRandom(42);
  const handle = openSync(path, "w");
  let buffered: string[] = [];
  let size = 0;
  for (let index = 0; index < count; index += 1) {
    const words: string[] = [`Record ${index}:`];
    for (let length = 0; length < textBytes;) {
      const word = WORDS[Math.floor(random() * WORDS.length)] ?? "the";
      words.push(word);
      length += word.length + 1;
    }
    const line = `${JSON.stringify({ title: `Item ${index}`, text: words.join(" "), date: "2024-05-01" })}\n`;
    buffered.push(line);
    size += line.length;
    if (size > 1 << 20) {
      writeSync(handle, buffered.join(""));
      [buffered, size] = [[], 0];
    }
  }
  writeSync(handle, buffered.join(""));
  closeSync(handle);
}

async function child(path: string): Promise<void> {
  const { ingestPath } = await import("../../src/ingest/index.js");
  const { silentProgress } = await import("../../src/shared/progress.js");
  const started = performance.now();
  const summary = await ingestPath(
    { path, format: "generic-jsonl", nation: "GB", outlet: "Memory Bench" },
    { dryRun: true, batchSize: Number(values["batch-size"]) },
    { progress: silentProgress },
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    JSON.stringify({
      records: summary.total.recordsRead,
      articles: summary.total.articlesNew,
      seconds: Number(seconds.toFixed(1)),
      recordsPerSecond: Math.round(summary.total.recordsRead / seconds),
      peakRssMegabytes: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

if (values.child !== undefined) await child(values.child);
else {
  const folder = mkdtempSync(join(tmpdir(), "navab-memory-bench-"));
  try {
    const results = [];
    for (const count of values.records.split(",").map(Number)) {
      const path = join(folder, `corpus-${count}.jsonl`);
      writeCorpus(path, count, Number(values["text-bytes"]));
      const heap = values.heap === undefined ? [] : [`--max-old-space-size=${values.heap}`];
      const run = spawnSync(
        process.execPath,
        [
          ...heap,
          "--import",
          "tsx",
          fileURLToPath(import.meta.url),
          "--child",
          path,
          "--batch-size",
          values["batch-size"],
        ],
        { encoding: "utf8" },
      );
      const fileMegabytes = Math.round(statSync(path).size / 2 ** 20);
      if (run.status !== 0) {
        const reason = /heap out of memory/i.test(run.stderr)
          ? "heap out of memory"
          : run.stderr.trim().split("\n").pop();
        results.push({ fileMegabytes, records: count, failed: `exit ${run.status ?? run.signal}: ${reason}` });
      } else {
        const measured = JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as Record<string, number>;
        results.push({ fileMegabytes, ...measured });
      }
      rmSync(path);
    }
    console.log(
      JSON.stringify({ textBytes: Number(values["text-bytes"]), heapMegabytes: values.heap, results }, null, 2),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
