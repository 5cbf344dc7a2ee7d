// Points as one flat row-major Float64Array (n × dimensions), validated once, shared by every HDBSCAN step.
import { InputError } from "../../shared/errors.js";

export interface PointMatrix {
  readonly values: Float64Array;
  readonly count: number;
  readonly dimensions: number;
}

/** Copies the points into a flat matrix; rejects ragged rows and non-finite coordinates. */
export function toPointMatrix(points: readonly ArrayLike<number>[]): PointMatrix {
  const count = points.length;
  const dimensions = count > 0 ? (points[0]?.length ?? 0) : 0;
  const values = new Float64Array(count * dimensions);
  for (let row = 0; row < count; row += 1) {
    const point = points[row] as ArrayLike<number>;
    if (point.length !== dimensions) {
      throw new InputError(`point ${row} has ${point.length} dimensions, expected ${dimensions} like point 0`);
    }
    for (let column = 0; column < dimensions; column += 1) {
      const value = Number(point[column]);
      if (!Number.isFinite(value)) {
        throw new InputError(`point ${row} has a non-finite coordinate at dimension ${column}`);
      }
      values[row * dimensions + column] = value;
    }
  }
  return { values, count, dimensions };
}

/** Euclidean distance between rows `a` and `b`. */
export function rowDistance(matrix: PointMatrix, a: number, b: number): number {
  const { values, dimensions } = matrix;
  let sum = 0;
  for (let column = 0; column < dimensions; column += 1) {
    const difference = (values[a * dimensions + column] as number) - (values[b * dimensions + column] as number);
    sum += difference * difference;
  }
  return Math.sqrt(sum);
}
