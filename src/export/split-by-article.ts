// One seeded train/test split by groups of connected articles for every DPO variant (issue 13 item 6, issue 15;
// NaVAB Table 3 needs both variants scored on the same test items). Rows are connected when they share an article
// (an item stated by several articles carries all of them in `articleIds`) or the same statement text (folded),
// transitively (union-find), and each connected group lands on one side — so no article and no statement text leaks
// across the split (rows without an article are their own group unless their text joins them to one). Each group
// belongs to the nation × set stratum of its first row (sorted by id); within each stratum the groups are shuffled
// with Fisher–Yates from a seeded source and the first `trainShare` of them (rounded) go to train. Variants are
// derived from this one split: the conflict-reduced variant filters only its training side.
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

function shuffled(groups: string[], seed: number): string[] {
  const random = seededRandom(seed);
  const list = [...groups].sort();
  for (let index = list.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [list[index], list[other]] = [list[other] as string, list[index] as string];
  }
  return list;
}

const trainCountOf = (groups: number, trainShare: number): number =>
  groups < 2 ? groups : Math.min(groups - 1, Math.max(1, Math.round(groups * trainShare)));

export function splitByArticle(rows: readonly PreferenceRow[], trainShare: number, seed: number): Split {
  const groupOfRow = connectedGroups(rows);
  const groupOf = new Map(rows.map((row, index) => [row, groupOfRow[index] as string]));
  const strata = new Map<string, Set<string>>();
  const placed = new Set<string>();
  for (const row of [...rows].sort((left, right) => left.id.localeCompare(right.id))) {
    const group = groupOf.get(row) as string;
    if (placed.has(group)) continue;
    placed.add(group);
    const stratum = `${row.nation}|${row.set}`;
    strata.set(stratum, (strata.get(stratum) ?? new Set()).add(group));
  }
  const trainGroups = new Set<string>();
  for (const groups of strata.values()) {
    const order = shuffled([...groups], seed);
    for (const group of order.slice(0, trainCountOf(order.length, trainShare))) trainGroups.add(group);
  }
  return {
    train: rows.filter((row) => trainGroups.has(groupOf.get(row) as string)),
    test: rows.filter((row) => !trainGroups.has(groupOf.get(row) as string)),
  };
}

/** A variant's rows from the one split: "all" keeps both sides; "conflict-reduced" keeps the training rows its
 * conflict run kept and the whole shared test side, so both variants are evaluated on the same items. */
export function variantSplit(split: Split, variant: "all" | "conflict-reduced"): Split {
  if (variant === "all") return split;
  return { train: split.train.filter((row) => row.conflictReduced === true), test: split.test };
}
