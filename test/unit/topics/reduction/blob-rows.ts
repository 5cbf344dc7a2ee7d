// Test data for the UMAP transform and sample-and-assign tests: unit rows around gaussian centres, seeded.
import { seededRandom } from "../../../../src/topics/reduction/seeded-random.js";

/** Unit-normalized rows around `groups` gaussian centres; row i belongs to group i % groups. */
export function blobRows(count: number, width: number, groups: number, seed: number, spread = 0.3): Float32Array[] {
  const random = seededRandom(seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const centres = Array.from({ length: groups }, () => Array.from({ length: width }, gauss));
  return Array.from({ length: count }, (_, index) => {
    const row = Float32Array.from(centres[index % groups] as number[], (value) => value + spread * gauss());
    const norm = Math.sqrt(row.reduce((sum, value) => sum + value * value, 0));
    return row.map((value) => value / norm);
  });
}
