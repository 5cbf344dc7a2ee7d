// Copies every typed array inside a plain data object into SharedArrayBuffer-backed arrays, so worker threads
// handed the object read one copy instead of each receiving a structured clone (the assignment model's fitted
// rows are ~77 MB at a 50k sample).
type Typed = Float32Array | Float64Array | Int32Array | Uint8Array;

function isTyped(value: unknown): value is Typed {
  return (
    value instanceof Float32Array ||
    value instanceof Float64Array ||
    value instanceof Int32Array ||
    value instanceof Uint8Array
  );
}

export function sharedCopy<Value>(value: Value): Value {
  if (isTyped(value)) {
    if (value.buffer instanceof SharedArrayBuffer) return value;
    const Constructor = value.constructor as new (buffer: SharedArrayBuffer) => Typed;
    const copy = new Constructor(new SharedArrayBuffer(Math.max(8, value.byteLength)));
    copy.set(value as never);
    return (value.length === copy.length ? copy : copy.subarray(0, value.length)) as Value;
  }
  if (Array.isArray(value)) return value.map((entry: unknown) => sharedCopy(entry)) as Value;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, sharedCopy(entry)])) as Value;
  }
  return value;
}
