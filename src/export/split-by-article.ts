// Seeded train/test split by groups of connected articles: rows are connected when they share an article (an item
// stated by several articles carries all of them in `articleIds`) or the same statement text (folded), and each
// connected group lands on one side — so no article and no statement text leaks across the split (issue 13 item 6;
// rows without an article are their own group unless their text joins them to one). Groups are shuffled with
// Fisher–Yates from a seeded source and the first `trainShare` of them (rounded) go to train.
import { seededRandom } from "../shared/seeded-random.js";
import { foldedText } from "../text/normalize.js";
import type { PreferenceRow } from "./preference-rows.js";

export interface Split {
  train: PreferenceRow[];
  test: PreferenceRow[];
}

/** The keys that connect a row: its articles (or itself when it has none) and its statement text. */
function keysOf(row: PreferenceRow): string[] {
  const articles = [...(row.articleIds ?? []), ...(row.articleId ? [row.articleId] : [])];
  return [
    ...(articles.length > 0 ? articles.map((id) => `article:${id}`) : [`row:${row.id}`]),
    `text:${foldedText(row.chosen)}`,
  ];
}

/** The connected group of each row, named by the smallest key of its component (union–find with path halving). */
export function connectedGroups(rows: readonly PreferenceRow[]): string[] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let current = key;
    for (;;) {
      const up = parent.get(current) ?? current;
      if (up === current) return current;
      const grand = parent.get(up) ?? up;
      parent.set(current, grand);
      current = grand;
    }
  };
  const union = (left: string, right: string) => {
    const [a, b] = [find(left), find(right)];
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  };
  const keys = rows.map(keysOf);
  for (const rowKeys of keys) {
    for (const key of rowKeys) if (!parent.has(key)) parent.set(key, key);
    for (const key of rowKeys.slice(1)) union(rowKeys[0] as string, key);
  }
  return keys.map((rowKeys) => find(rowKeys[0] as string));
}

export function splitByArticle(rows: readonly PreferenceRow[], trainShare: number, seed: number): Split {
  const groupOfRow = connectedGroups(rows);
  const groups = [...new Set(groupOfRow)].sort();
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
  const side = (wanted: boolean) =>
    rows.filter((_row, index) => trainGroups.has(groupOfRow[index] as string) === wanted);
  return { train: side(true), test: side(false) };
}
