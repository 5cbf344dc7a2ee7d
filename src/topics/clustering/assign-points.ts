// Sample-and-assign, the assignment half: documents outside the fitted sample get a place in the sample's UMAP
// embedding (reduction/transform.ts, umap-learn's transform) and a topic with a membership probability from the
// sample's HDBSCAN tree (approximate-predict.ts, hdbscan's approximate_predict). Every point depends only on
// itself, the fitted model and its stream id (a stable identity of the document), so pages, page sizes and thread counts do
// not change any result. `assignRange` is what each worker thread (assign-workers.ts) runs on its share of a page.
import { createTransformScratch, transformModel, transformPoint, type TransformModel } from "../reduction/transform.js";
import type { UmapModel } from "../reduction/umap.js";
import { approximatePredict, createPredictScratch } from "./approximate-predict.js";
import type { HdbscanFit } from "./hdbscan.js";
import { predictionData, type PredictionData } from "./prediction-data.js";

export interface AssignmentModel {
  transform: TransformModel;
  prediction: PredictionData;
  /** Raw vector width (e.g. 384); rows are unit-normalized here when the metric is cosine. */
  width: number;
}

/** One page of new points and where their results go (all arrays flat, row-major, page-local). */
export interface AssignmentPage {
  vectors: Float32Array;
  /** Each row's random-stream id: a stable identity of the document (its corpus position, a hash of its id). */
  ids: Int32Array;
  embedding: Float64Array;
  labels: Int32Array;
  probabilities: Float64Array;
}

/** The model from a UMAP fit and the HDBSCAN fit on its embedding; `newPoints` sets the transform epochs. */
export function assignmentModel(umap: UmapModel, clustering: HdbscanFit, newPoints: number): AssignmentModel {
  return { transform: transformModel(umap, newPoints), prediction: predictionData(clustering), width: umap.width };
}

export function pageRows(model: AssignmentModel, page: AssignmentPage): number {
  return page.vectors.length / model.width;
}

/** Assigns rows [start, end) of the page, in place. */
export function assignRange(model: AssignmentModel, page: AssignmentPage, start: number, end: number): void {
  const { transform, prediction, width } = model;
  const dimensions = transform.dimensions;
  const scratch = createTransformScratch(transform);
  const predictScratch = createPredictScratch(prediction);
  const row = new Float32Array(width);
  for (let index = start; index < end; index += 1) {
    let norm = 0;
    for (let column = 0; column < width; column += 1) {
      const value = page.vectors[index * width + column] as number;
      row[column] = value;
      norm += value * value;
    }
    if (transform.index.angular && norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let column = 0; column < width; column += 1) row[column] = (row[column] as number) * scale;
    }
    transformPoint(transform, row, 0, page.ids[index] as number, page.embedding, index * dimensions, scratch);
    const { label, probability } = approximatePredict(prediction, page.embedding, index * dimensions, predictScratch);
    page.labels[index] = label;
    page.probabilities[index] = probability;
  }
}
