// The seeded sample that sample-and-assign fits on: `size` of the positions 0..count−1, each subset equally
// likely, ascending (Knuth's selection sampling, Algorithm S: one draw per position, no memory beyond the result),
// so a reader going through the documents in order can pick the sample out page by page.
import { seededStream } from "../../shared/seeded-random.js";

export function samplePositions(count: number, size: number, seed: number): Int32Array {
  const wanted = Math.max(0, Math.min(count, size));
  const chosen = new Int32Array(wanted);
  const random = seededStream(seed ^ 0x51ed270b, 0);
  let taken = 0;
  for (let position = 0; position < count && taken < wanted; position += 1) {
    if ((count - position) * random() < wanted - taken) chosen[taken++] = position;
  }
  return chosen;
}
