// Planted clusters for the HDBSCAN checks (tests and bench/hdbscan): Gaussian blobs of different sizes and spreads
// plus 5% uniform background noise, seeded. truth −1 = background. As a script it writes {points, truth}:
//   npx tsx test/unit/topics/clustering/planted-clusters.ts [out.json] [perCluster]
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { seededRandom } from "../../../../src/topics/reduction/seeded-random.js";

export function plantedClusters(
  seed: number,
  perCluster: number,
  dimensions = 5,
): { points: number[][]; truth: number[] } {
  const random = seededRandom(seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const spreads = [0.5, 1, 1.5, 0.8, 1.2, 0.6];
  const points: number[][] = [];
  const truth: number[] = [];
  spreads.forEach((spread, cluster) => {
    const center = Array.from({ length: dimensions }, () => random() * 60);
    const size = Math.round(perCluster * (0.5 + cluster / spreads.length));
    for (let index = 0; index < size; index += 1) {
      points.push(center.map((value) => value + spread * gauss()));
      truth.push(cluster);
    }
  });
  const background = Math.round(points.length * 0.05);
  for (let index = 0; index < background; index += 1) {
    points.push(Array.from({ length: dimensions }, () => random() * 60));
    truth.push(-1);
  }
  return { points, truth };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = process.argv[2] ?? ".navab/bench/synthetic-5d.json";
  const data = plantedClusters(7, Number(process.argv[3] ?? 300));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(data));
  console.error(`wrote ${data.points.length} points to ${target}`);
}
