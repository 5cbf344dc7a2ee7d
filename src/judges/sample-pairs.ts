// A seeded sample of labelled pairs balanced across variants and languages: one cell per (variant, language), each
// cell shuffled (Fisher–Yates), then cells are drawn round-robin until the limit, so a small --limit still covers
// every variant and language as evenly as the data allows.
import { seededRandom, type RandomSource } from "../shared/seeded-random.js";
import type { LabelledPair } from "./probvaa-labelled-pairs.js";

function shuffle<Item>(items: Item[], random: RandomSource): Item[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other] as Item, items[index] as Item];
  }
  return items;
}

export function samplePairs(pairs: readonly LabelledPair[], limit: number | undefined, seed: number): LabelledPair[] {
  const random = seededRandom(seed);
  const cells = new Map<string, LabelledPair[]>();
  for (const pair of pairs) {
    const key = `${pair.variant}/${pair.language}`;
    cells.set(key, [...(cells.get(key) ?? []), pair]);
  }
  const queues = [...cells.keys()].sort().map((key) => shuffle([...(cells.get(key) ?? [])], random));
  const wanted = Math.min(limit ?? pairs.length, pairs.length);
  const sample: LabelledPair[] = [];
  for (let round = 0; sample.length < wanted; round += 1) {
    for (const queue of queues) {
      const pair = queue[round];
      if (pair !== undefined && sample.length < wanted) sample.push(pair);
    }
  }
  return sample;
}
