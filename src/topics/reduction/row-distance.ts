// Distances between rows of the k-NN search's flat row-major Float32Array (embeddings are float32; half the
// memory traffic of float64, which dominates at 384 dimensions). Loops are unrolled by four with separate
// accumulators (sums in float64). Cosine is 1 − a·b on rows already normalized to unit length.
export type RowDistance = (values: Float32Array, a: number, b: number, width: number) => number;

export function cosineRows(values: Float32Array, a: number, b: number, width: number): number {
  return 1 - dotRows(values, a, b, width);
}

function dotRows(values: Float32Array, a: number, b: number, width: number): number {
  let first = a * width;
  let second = b * width;
  const unrolledEnd = first + (width & ~3);
  const end = first + width;
  let sum0 = 0;
  let sum1 = 0;
  let sum2 = 0;
  let sum3 = 0;
  for (; first < unrolledEnd; first += 4, second += 4) {
    sum0 += (values[first] as number) * (values[second] as number);
    sum1 += (values[first + 1] as number) * (values[second + 1] as number);
    sum2 += (values[first + 2] as number) * (values[second + 2] as number);
    sum3 += (values[first + 3] as number) * (values[second + 3] as number);
  }
  for (; first < end; first += 1, second += 1) sum0 += (values[first] as number) * (values[second] as number);
  return sum0 + sum1 + sum2 + sum3;
}

export function euclideanRows(values: Float32Array, a: number, b: number, width: number): number {
  let first = a * width;
  let second = b * width;
  const unrolledEnd = first + (width & ~3);
  const end = first + width;
  let sum0 = 0;
  let sum1 = 0;
  let sum2 = 0;
  let sum3 = 0;
  for (; first < unrolledEnd; first += 4, second += 4) {
    const d0 = (values[first] as number) - (values[second] as number);
    const d1 = (values[first + 1] as number) - (values[second + 1] as number);
    const d2 = (values[first + 2] as number) - (values[second + 2] as number);
    const d3 = (values[first + 3] as number) - (values[second + 3] as number);
    sum0 += d0 * d0;
    sum1 += d1 * d1;
    sum2 += d2 * d2;
    sum3 += d3 * d3;
  }
  for (; first < end; first += 1, second += 1) {
    const difference = (values[first] as number) - (values[second] as number);
    sum0 += difference * difference;
  }
  return Math.sqrt(sum0 + sum1 + sum2 + sum3);
}
