// Scaling HDBSCAN's min_cluster_size to corpus size. NaVAB (arXiv 2504.12911) uses 200 on corpora of millions of
// documents; on small corpora 200 would leave every topic as noise. Rule: clamp(round(n / 100), floor, paperValue),
// i.e. a topic must hold at least 1% of the documents, never more than the paper's value, and never fewer than 10
// documents — 5 in scopes under 500 documents (the 79 US UN speeches were all noise at 10, 2–4 topics at 5).
// Measured on BBC (2,225 documents, 5 categories): see bench/hdbscan/README.md.
import { InputError } from "../../shared/errors.js";

export const PAPER_MIN_CLUSTER_SIZE = 200;
const FLOOR = 10;
const SMALL_SCOPE = 500;
const SMALL_SCOPE_FLOOR = 5;

export function scaledMinClusterSize(documentCount: number, paperValue: number = PAPER_MIN_CLUSTER_SIZE): number {
  if (!Number.isFinite(documentCount) || documentCount < 0) {
    throw new InputError(`document count must be a non-negative number, got ${documentCount}`);
  }
  if (!Number.isInteger(paperValue) || paperValue < 2) {
    throw new InputError(`min_cluster_size must be an integer >= 2, got ${paperValue}`);
  }
  const scaled = Math.round(documentCount / 100);
  const floor = documentCount < SMALL_SCOPE ? SMALL_SCOPE_FLOOR : FLOOR;
  return Math.max(Math.min(floor, paperValue), Math.min(paperValue, scaled));
}

/**
 * min_cluster_size for a fit on a sample of `sampleSize` out of `documentCount`: the full corpus's value scaled by
 * the sample fraction (a topic of m documents in the corpus has about m·s/n in the sample), never below the
 * floor — so a 50k sample resolves topics down to ~0.02% of the corpus (800 documents at 4M), not the paper's 200.
 */
export function sampleMinClusterSize(
  documentCount: number,
  sampleSize: number,
  paperValue: number = PAPER_MIN_CLUSTER_SIZE,
): number {
  const full = scaledMinClusterSize(documentCount, paperValue);
  if (sampleSize >= documentCount) return full;
  return Math.max(Math.min(FLOOR, full), Math.round((full * sampleSize) / documentCount));
}
