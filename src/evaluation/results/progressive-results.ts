// How an evaluation run persists as it goes and resumes (issue 12.8): the per-item journal (item-journal.ts) gives
// the items a killed or failed run already scored; each newly scored batch goes to the graph (SCORED) and then to
// the journal, so every journaled graph item has its SCORED relation; stale SCORED relations of an earlier run under
// the same id are cleared first. `--force` (options.force) starts the run's journal empty.
import { createHash } from "node:crypto";
import type { CypherExecutor } from "../../database/executor.js";
import type { AnswerJudgmentItemResult } from "../answer-judgment/evaluate-answer-judgment.js";
import type { EvaluationItem } from "../items/evaluation-item.js";
import type { MultipleChoiceItemResult } from "../multiple-choice/evaluate-multiple-choice.js";
import { openItemJournal, type ItemJournal } from "./item-journal.js";
import {
  startEvalRuns,
  writeAnswerJudgmentScore,
  writeMultipleChoiceScores,
  type EvalRunCommon,
} from "./scored-writer.js";

export interface ProgressiveResults {
  journal: ItemJournal;
  onScored: (results: MultipleChoiceItemResult[]) => Promise<void>;
  onJudged: (result: AnswerJudgmentItemResult) => Promise<void>;
}

export interface ProgressiveSetup {
  home: string;
  common: EvalRunCommon;
  items: readonly EvaluationItem[];
  /** What every item's score depends on: settings hash, prompt versions, models. */
  key: Record<string, unknown>;
  methods: { method: "mc" | "aj"; promptVersion: string }[];
  fresh: boolean;
}

export async function openProgressiveResults(
  executor: CypherExecutor | undefined,
  setup: ProgressiveSetup,
): Promise<ProgressiveResults> {
  const { runId } = setup.common;
  const key = createHash("sha256").update(JSON.stringify(setup.key)).digest("hex").slice(0, 24);
  const journal = await openItemJournal(setup.home, runId, key, setup.items, setup.fresh);
  const graphItemIds = new Set(setup.items.filter((item) => item.source === "graph").map((item) => item.id));
  const keptGraphItems = (done: ReadonlyMap<string, unknown>) => [...done.keys()].filter((id) => graphItemIds.has(id));
  if (executor)
    await startEvalRuns(executor, setup.common, setup.methods, {
      mc: keptGraphItems(journal.multipleChoice),
      aj: keptGraphItems(journal.answerJudgment),
    });
  return {
    journal,
    onScored: async (results) => {
      if (executor) await writeMultipleChoiceScores(executor, runId, results, graphItemIds);
      await journal.appendMultipleChoice(results);
    },
    onJudged: async (result) => {
      if (executor) await writeAnswerJudgmentScore(executor, runId, result, graphItemIds);
      await journal.appendAnswerJudgment(result);
    },
  };
}
