// A small seeded random number generator (mulberry32) so Louvain and generated graphs are reproducible.
export type RandomSource = () => number;

/** mulberry32 (Tommy Ettinger): 32-bit state, uniform floats in [0, 1). */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
