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

/**
 * Independent streams from one seed (one per stream index): sfc32 (Chris Doty-Humphrey) with 128 bits of state,
 * seeded through splitmix32. mulberry32 streams from different seeds are shifted copies of one 2³² cycle, which
 * overlap when each stream draws ~10⁸ numbers (the UMAP layout's partitions at 100k points); these do not.
 */
export function seededStream(seed: number, stream: number): RandomSource {
  let mix = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  const splitmix = (): number => {
    mix = (mix + 0x9e3779b9) | 0;
    let value = Math.imul(mix ^ (mix >>> 16), 0x85ebca6b);
    value = Math.imul(value ^ (value >>> 13), 0xc2b2ae35);
    return (value ^ (value >>> 16)) | 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = (): number => {
    const sum = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + sum) | 0;
    return (sum >>> 0) / 4294967296;
  };
  for (let warmUp = 0; warmUp < 12; warmUp += 1) next();
  return next;
}
