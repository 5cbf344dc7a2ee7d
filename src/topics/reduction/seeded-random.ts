// UMAP's random stream: the shared mulberry32 generator on the seed mixed with a fixed salt, so UMAP's stream
// differs from other stages' streams drawn from the same user seed.
import { seededRandom as mulberry32, type RandomSource } from "../../shared/seeded-random.js";

export function seededRandom(seed: number): RandomSource {
  return mulberry32(Math.trunc(seed) ^ 0x9e3779b9);
}
