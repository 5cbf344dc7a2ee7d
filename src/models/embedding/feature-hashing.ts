// Feature hashing helpers (Weinberger et al. 2009, "Feature Hashing for Large Scale Multitask Learning"):
// a 32-bit FNV-1a string hash and a seeded integer mixer for sparse random projections.

/** FNV-1a 32-bit hash of a string (UTF-16 code units), unsigned. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let position = 0; position < text.length; position += 1) {
    hash ^= text.charCodeAt(position);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A well-mixed 32-bit hash of (value, salt) (murmur3 finalizer), unsigned. */
export function mixInteger(value: number, salt: number): number {
  let hash = (value ^ Math.imul(salt, 0x9e3779b1)) >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
