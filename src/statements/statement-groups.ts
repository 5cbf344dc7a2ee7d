// One benchmark item per statement text (issue 13 item 6): supported statements whose texts are identical after
// folding (case, width, punctuation, spaces) or near-identical (character-bigram Dice ≥ a threshold among
// candidates sharing the first or last 12 folded characters — MFA boilerplate that differs in a date or a name)
// join one (:StatementGroup). Each Statement keeps its own article, span and source; triples are built once per
// group and splits keep a group's articles on one side. Groups are assigned in statement-id order, so the result
// does not depend on how extraction was scheduled.
import { z } from "zod";
import type { CypherExecutor } from "../database/executor.js";
import { foldedText } from "../text/normalize.js";
import { diceSimilarity } from "./span.js";
import { stableId } from "./stable-id.js";

export const groupingSettings = z.object({
  /** Dice similarity of two statement texts that makes them one item (1 = identical after folding only). */
  minimumSimilarity: z.number().min(0).max(1),
});
export type GroupingSettings = z.infer<typeof groupingSettings>;

const KEY_LENGTH = 12;

export interface GroupKeys {
  language: string;
  prefixKey: string;
  suffixKey: string;
}

export const groupKeys = (text: string, language: string): GroupKeys => {
  const folded = foldedText(text);
  return { language, prefixKey: folded.slice(0, KEY_LENGTH), suffixKey: folded.slice(-KEY_LENGTH) };
};

export interface GroupCandidate extends GroupKeys {
  id: string;
  text: string;
}

interface UngroupedStatement {
  id: string;
  text: string;
  language: string;
}

/** The group of each statement: an existing or earlier-created candidate, or a new group (added to candidates). */
export function assignGroups(
  statements: readonly UngroupedStatement[],
  candidates: GroupCandidate[],
  settings: GroupingSettings,
): { statementId: string; group: GroupCandidate; created: boolean }[] {
  const assignments: { statementId: string; group: GroupCandidate; created: boolean }[] = [];
  for (const statement of [...statements].sort((left, right) => left.id.localeCompare(right.id))) {
    const keys = groupKeys(statement.text, statement.language);
    const folded = foldedText(statement.text);
    let best: { group: GroupCandidate; similarity: number } | undefined;
    for (const group of candidates) {
      if (group.language !== keys.language) continue;
      if (group.prefixKey !== keys.prefixKey && group.suffixKey !== keys.suffixKey) continue;
      const similarity = foldedText(group.text) === folded ? 1 : diceSimilarity(group.text, statement.text);
      if (similarity >= settings.minimumSimilarity && similarity > (best?.similarity ?? -1))
        best = { group, similarity };
    }
    if (best) {
      assignments.push({ statementId: statement.id, group: best.group, created: false });
      continue;
    }
    const group = { id: stableId("statement-group", keys.language, folded), text: statement.text.trim(), ...keys };
    candidates.push(group);
    assignments.push({ statementId: statement.id, group, created: true });
  }
  return assignments;
}

/** Puts the supported, still ungrouped statements of these articles into groups; returns new and joined counts. */
export async function groupStatements(
  executor: CypherExecutor,
  input: { articleIds: string[]; runId: string },
  settings: GroupingSettings,
): Promise<{ groupsCreated: number; statementsGrouped: number }> {
  const statements = await executor.read<UngroupedStatement>("statements/ungrouped-statements", {
    articleIds: input.articleIds,
  });
  if (statements.length === 0) return { groupsCreated: 0, statementsGrouped: 0 };
  const keys = [...new Map(statements.map((row) => [JSON.stringify(groupKeys(row.text, row.language)), row])).values()];
  const candidates = await executor.read<GroupCandidate>("statements/group-candidates", {
    keys: keys.map((row) => groupKeys(row.text, row.language)),
  });
  const assignments = assignGroups(statements, candidates, settings);
  await executor.writeBatches(
    "statements/write-groups",
    assignments.map((assignment) => ({ statementId: assignment.statementId, group: assignment.group })),
    { parameters: { runId: input.runId } },
  );
  return {
    groupsCreated: assignments.filter((assignment) => assignment.created).length,
    statementsGrouped: assignments.length,
  };
}
