// The per-item journal of one evaluation run (<home>/evaluation/<runId>.items.jsonl): every scored item is appended
// as soon as it is scored, so a run killed part-way (kill -9, a failure) resumes where it stopped instead of
// losing everything held in memory. An entry counts only under the same key (settings hash, prompt versions and
// models) and for the same item content; a torn last line is ignored. Removed once the run's record is written.
import { createHash } from "node:crypto";
import { appendFile, mkdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import type { AnswerJudgmentItemResult } from "../answer-judgment/evaluate-answer-judgment.js";
import type { EvaluationItem } from "../items/evaluation-item.js";
import type { MultipleChoiceItemResult } from "../multiple-choice/evaluate-multiple-choice.js";

type Entry =
  | { key: string; item: string; method: "mc"; result: MultipleChoiceItemResult }
  | { key: string; item: string; method: "aj"; result: AnswerJudgmentItemResult };

export interface ItemJournal {
  /** Items scored earlier under the same key, by item id. */
  multipleChoice: ReadonlyMap<string, MultipleChoiceItemResult>;
  answerJudgment: ReadonlyMap<string, AnswerJudgmentItemResult>;
  appendMultipleChoice(results: readonly MultipleChoiceItemResult[]): Promise<void>;
  appendAnswerJudgment(result: AnswerJudgmentItemResult): Promise<void>;
  /** The run is recorded: the journal is no longer needed. */
  remove(): Promise<void>;
}

export const itemJournalPath = (home: string, runId: string): string =>
  join(home, "evaluation", `${runId}.items.jsonl`);

/** What an item's score depends on besides the key: its id and texts. */
const contentOf = (item: EvaluationItem): string =>
  createHash("sha256")
    .update(JSON.stringify([item.id, item.question, item.statement, item.reverseStatement]))
    .digest("hex")
    .slice(0, 24);

function parseLines(text: string): Entry[] {
  const entries: Entry[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    try {
      entries.push(JSON.parse(line) as Entry);
    } catch {
      // a line torn by a kill: its item is scored again
    }
  }
  return entries;
}

/** Opens the journal of `runId`; `fresh` (or another key) starts it empty. */
export async function openItemJournal(
  home: string,
  runId: string,
  key: string,
  items: readonly EvaluationItem[],
  fresh: boolean,
): Promise<ItemJournal> {
  const path = itemJournalPath(home, runId);
  await mkdir(join(home, "evaluation"), { recursive: true });
  if (fresh) await rm(path, { force: true });
  const contents = new Map(items.map((item) => [item.id, contentOf(item)]));
  const earlier = parseLines(await readFile(path, "utf8").catch(() => ""));
  const multipleChoice = new Map<string, MultipleChoiceItemResult>();
  const answerJudgment = new Map<string, AnswerJudgmentItemResult>();
  for (const entry of earlier) {
    if (entry.key !== key || contents.get(entry.result?.itemId) !== entry.item) continue;
    if (entry.method === "mc") multipleChoice.set(entry.result.itemId, entry.result);
    else if (entry.method === "aj") answerJudgment.set(entry.result.itemId, entry.result);
  }
  const line = (entry: Entry): string => `${JSON.stringify(entry)}\n`;
  const itemOf = (id: string): string => contents.get(id) ?? "";
  return {
    multipleChoice,
    answerJudgment,
    appendMultipleChoice: (results) =>
      appendFile(
        path,
        results.map((result) => line({ key, item: itemOf(result.itemId), method: "mc", result })).join(""),
      ),
    appendAnswerJudgment: (result) =>
      appendFile(path, line({ key, item: itemOf(result.itemId), method: "aj", result })),
    remove: () => rm(path, { force: true }),
  };
}
