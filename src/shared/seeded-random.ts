// A small seeded random number generator (mulberry32, Tommy Ettinger 2017): 32-bit state, uniform floats in
// [0, 1). Every stage that needs randomness (UMAP, Louvain, bootstrap, A/B positions, splits) takes one of these.
export type RandomSource = () => number;

export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
