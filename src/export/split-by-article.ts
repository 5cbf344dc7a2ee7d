// Seeded train/test split by article: all statements of one article land on the same side, so no article
// leaks across the split (rows without an article are their own group). Articles are shuffled with
// Fisher–Yates from a seeded source and the first `trainShare` of them (rounded) go to train.
import { seededRandom } from "../shared/seeded-random.js";
import type { PreferenceRow } from "./preference-rows.js";

export interface Split {
  train: PreferenceRow[];
  test: PreferenceRow[];
}

export function splitByArticle(rows: readonly PreferenceRow[], trainShare: number, seed: number): Split {
  const groupOf = (row: PreferenceRow): string => row.articleId ?? `row:${row.id}`;
  const groups = [...new Set(rows.map(groupOf))].sort();
  const random = seededRandom(seed);
  for (let index = groups.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [groups[index], groups[other]] = [groups[other] as string, groups[index] as string];
  }
  const trainCount =
    groups.length < 2
      ? groups.length
      : Math.min(groups.length - 1, Math.max(1, Math.round(groups.length * trainShare)));
  const trainGroups = new Set(groups.slice(0, trainCount));
  return {
    train: rows.filter((row) => trainGroups.has(groupOf(row))),
    test: rows.filter((row) => !trainGroups.has(groupOf(row))),
  };
}
