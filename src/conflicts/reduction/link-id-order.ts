// Order of the link table's packed ids (link-table.ts): ids compared by their UTF-8 bytes (code point order; for the
// ASCII ids navab makes, JavaScript's string order), the sort that puts rows of any source in id order, and the check
// that row order is also the order of cycle keys (ids joined with ",").
import { InputError } from "../../shared/errors.js";

/** Compares the ids of rows `left` and `right` byte by byte (< 0, 0, > 0). */
export function compareIds(bytes: Uint8Array, offsets: Int32Array, left: number, right: number): number {
  const [leftStart, rightStart] = [offsets[left]!, offsets[right]!];
  const [leftLength, rightLength] = [offsets[left + 1]! - leftStart, offsets[right + 1]! - rightStart];
  const length = Math.min(leftLength, rightLength);
  for (let index = 0; index < length; index += 1) {
    const difference = bytes[leftStart + index]! - bytes[rightStart + index]!;
    if (difference !== 0) return difference;
  }
  return leftLength - rightLength;
}

/** The rows in id order; two rows with one id are an error (a LINK id is unique). */
export function idOrder(bytes: Uint8Array, offsets: Int32Array, size: number, prefix: string): Int32Array {
  const order = new Int32Array(size).map((_, index) => index);
  order.sort((left, right) => compareIds(bytes, offsets, left, right));
  for (let position = 1; position < size; position += 1)
    if (compareIds(bytes, offsets, order[position - 1]!, order[position]!) === 0)
      throw new InputError(`conflicts.reduce: two links of run prefix ${prefix} share one id (check the graph build)`);
  return order;
}

/**
 * A cycle key joins ids with ",": for rows in id order, row order is key order unless an id is a prefix of the next
 * one followed by a character below "," (then cycles are ordered by their id strings instead). Checking neighbours
 * is enough: every id between an id and a longer one it prefixes shares the prefix.
 */
export function rowsOrderKeys(bytes: Uint8Array, offsets: Int32Array, size: number): boolean {
  const comma = 44;
  for (let row = 0; row + 1 < size; row += 1) {
    const [start, next] = [offsets[row]!, offsets[row + 1]!];
    const length = next - start;
    if (offsets[row + 2]! - next <= length) continue;
    let prefix = true;
    for (let index = 0; prefix && index < length; index += 1) prefix = bytes[start + index] === bytes[next + index];
    if (prefix && bytes[next + length]! < comma) return false;
  }
  return true;
}
