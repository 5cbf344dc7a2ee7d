// Clustering agreement measures: adjusted Rand index (Hubert & Arabie 1985) and normalized mutual information
// (arithmetic-mean normalization, as scikit-learn's default). Noise (−1) is treated as one more label, as
// sklearn does when given hdbscan labels.
import { InputError } from "../../shared/errors.js";

interface Contingency {
  cells: Map<string, number>;
  rows: Map<number, number>;
  columns: Map<number, number>;
  total: number;
}

function contingency(a: ArrayLike<number>, b: ArrayLike<number>): Contingency {
  if (a.length !== b.length) throw new InputError(`label arrays differ in length: ${a.length} vs ${b.length}`);
  const cells = new Map<string, number>();
  const rows = new Map<number, number>();
  const columns = new Map<number, number>();
  for (let index = 0; index < a.length; index += 1) {
    const left = a[index] as number;
    const right = b[index] as number;
    const key = `${left}:${right}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(left, (rows.get(left) ?? 0) + 1);
    columns.set(right, (columns.get(right) ?? 0) + 1);
  }
  return { cells, rows, columns, total: a.length };
}

const pairs = (count: number): number => (count * (count - 1)) / 2;

/** ARI in [−1, 1]; 1 = identical partitions up to renaming. */
export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const table = contingency(a, b);
  let index = 0;
  for (const count of table.cells.values()) index += pairs(count);
  let rowSum = 0;
  for (const count of table.rows.values()) rowSum += pairs(count);
  let columnSum = 0;
  for (const count of table.columns.values()) columnSum += pairs(count);
  const expected = table.total > 1 ? (rowSum * columnSum) / pairs(table.total) : 0;
  const maximum = (rowSum + columnSum) / 2;
  if (maximum === expected) return 1;
  return (index - expected) / (maximum - expected);
}

/** NMI in [0, 1] with arithmetic-mean normalization; 1 when both partitions are trivial and equal. */
export function normalizedMutualInformation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const table = contingency(a, b);
  const total = table.total;
  const entropy = (counts: Iterable<number>): number => {
    let sum = 0;
    for (const count of counts) if (count > 0) sum -= (count / total) * Math.log(count / total);
    return sum;
  };
  const entropyA = entropy(table.rows.values());
  const entropyB = entropy(table.columns.values());
  if (entropyA === 0 && entropyB === 0) return 1;
  let mutual = 0;
  for (const [key, count] of table.cells) {
    const [left, right] = key.split(":").map(Number) as [number, number];
    const rowCount = table.rows.get(left) as number;
    const columnCount = table.columns.get(right) as number;
    mutual += (count / total) * Math.log((count * total) / (rowCount * columnCount));
  }
  const normalizer = (entropyA + entropyB) / 2;
  return normalizer === 0 ? 0 : Math.max(0, Math.min(1, mutual / normalizer));
}
