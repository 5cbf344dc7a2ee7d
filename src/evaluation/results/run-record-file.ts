// The JSON record of one evaluation run (config, prompt versions, model file hash, seed, per-item results and
// the results table), kept under <home>/evaluation/<runId>.json so reports and McNemar comparisons re-read it.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../../shared/errors.js";
import type { AnswerJudgmentItemResult } from "../answer-judgment/evaluate-answer-judgment.js";
import type { EvaluationItem } from "../items/evaluation-item.js";
import type { MultipleChoiceItemResult } from "../multiple-choice/evaluate-multiple-choice.js";
import type { ResultRow } from "./results-table.js";

export interface ModelRecord {
  id: string;
  file?: string;
  sha256?: string;
}

export interface EvaluationRunRecord {
  runId: string;
  startedAt: string;
  finishedAt: string;
  model: ModelRecord;
  judge: ModelRecord | null;
  config: Record<string, unknown>;
  versions: Record<string, string>;
  seed: number;
  throughput: {
    multipleChoiceSeconds: number;
    itemsPerSecond: number;
    scoredTokensPerSecond: number;
    evaluatedTokensPerSecond?: number;
  } | null;
  items: EvaluationItem[];
  multipleChoice: MultipleChoiceItemResult[];
  answerJudgment: AnswerJudgmentItemResult[];
  table: ResultRow[];
}

export const runRecordPath = (home: string, runId: string): string => join(home, "evaluation", `${runId}.json`);

export async function writeRunRecord(home: string, record: EvaluationRunRecord): Promise<string> {
  const path = runRecordPath(home, record.runId);
  await mkdir(join(home, "evaluation"), { recursive: true });
  await writeFile(path, `${JSON.stringify(record, null, 1)}\n`);
  return path;
}

export async function readRunRecord(home: string, runId: string): Promise<EvaluationRunRecord> {
  const path = runRecordPath(home, runId);
  const text = await readFile(path, "utf8").catch(() => {
    throw new InputError(`no evaluation run record ${path}: run \`navab eval\` first or check --run`);
  });
  return JSON.parse(text) as EvaluationRunRecord;
}
