// The process a restart test kills: runs the two-step stage through the batch loop against a scripted Batch API
// server (argv: folder, base URL), with its file cache and batch records under the folder; prints "done" at the end.
import { join } from "node:path";
import { BatchStore } from "../../src/llm/batch/batch-store.js";
import { fileCache } from "../../src/llm/cache.js";
import { realSleep } from "../../src/llm/retry.js";
import { OpenAiChatModel } from "../../src/models/chat/openai-chat-model.js";
import { runTwoStep, TWO_STEP_ITEMS } from "./two-step-stage.js";

const [folder, baseUrl] = process.argv.slice(2);
if (folder === undefined || baseUrl === undefined) throw new Error("usage: batch-child.ts <folder> <base URL>");
const chat = new OpenAiChatModel({ baseUrl, model: "scripted-model" });
const { outcome } = await runTwoStep(
  TWO_STEP_ITEMS,
  chat,
  new BatchStore(join(folder, "batch")),
  { cache: fileCache(join(folder, "cache")) },
  { yes: true, pollMs: 25, sleep: realSleep, log: (line) => process.stderr.write(`${line}\n`) },
);
process.stdout.write(`${outcome.status}\n`);
