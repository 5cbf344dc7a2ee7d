// Sample-and-assign's assignment: the same seed gives the same assignment whatever the page split and thread
// count; a seeded sample is reproducible, ascending and of the asked size; the sample's min cluster size scales.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assignmentModel, assignRange, type AssignmentPage } from "../../../../src/topics/clustering/assign-points.js";
import { startAssignment } from "../../../../src/topics/clustering/assign-workers.js";
import { fitHdbscan } from "../../../../src/topics/clustering/hdbscan.js";
import { sampleMinClusterSize, scaledMinClusterSize } from "../../../../src/topics/clustering/min-cluster-size.js";
import { samplePositions } from "../../../../src/topics/clustering/sample-positions.js";
import { fitUmap } from "../../../../src/topics/reduction/umap.js";
import { blobRows } from "../reduction/blob-rows.js";

function page(rows: readonly Float32Array[], firstId: number): AssignmentPage {
  const width = rows[0]?.length ?? 0;
  const vectors = new Float32Array(rows.length * width);
  rows.forEach((row, index) => vectors.set(row, index * width));
  return {
    vectors,
    ids: Int32Array.from(rows, (_, index) => firstId + index),
    embedding: new Float64Array(rows.length * 5),
    labels: new Int32Array(rows.length),
    probabilities: new Float64Array(rows.length),
  };
}

test("same seed → same assignment, whatever the page split or the number of threads", async () => {
  const rows = blobRows(560, 16, 3, 21);
  const umap = await fitUmap(rows.slice(0, 360), {
    dimensions: 5,
    neighbors: 15,
    minDistance: 0,
    metric: "cosine",
    seed: 42,
    epochs: 120,
  });
  const reduced = Array.from({ length: umap.count }, (_, row) => umap.embedding.subarray(row * 5, row * 5 + 5));
  const { result, fit } = fitHdbscan(reduced, { minClusterSize: 20 });
  assert.ok(fit !== undefined && result.clusterCount === 3);
  const model = assignmentModel(umap, fit, 200);
  const whole = page(rows.slice(360), 360);
  assignRange(model, whole, 0, 200);
  const halves = [page(rows.slice(360, 460), 360), page(rows.slice(460), 460)];
  for (const half of halves) assignRange(model, half, 0, 100);
  assert.deepEqual([...halves.flatMap((half) => [...half.labels])], [...whole.labels]);
  assert.deepEqual([...halves.flatMap((half) => [...half.embedding])], [...whole.embedding]);
  const runner = startAssignment(model, 2);
  const threaded = page(rows.slice(360), 360);
  try {
    await runner.assign(threaded);
  } finally {
    await runner.close();
  }
  assert.deepEqual([...threaded.labels], [...whole.labels]);
  assert.deepEqual([...threaded.probabilities], [...whole.probabilities]);
  // New points of the planted groups join the sample's cluster of their group.
  const clusterOfGroup = [0, 1, 2].map((group) => result.labels[group] as number);
  const right = [...whole.labels].filter((label, index) => label === clusterOfGroup[(360 + index) % 3]).length;
  assert.ok(right >= 196, `${right}/200 new points join their group's cluster`);
});

test("seeded sample: reproducible, ascending, the asked size; all positions when the scope is smaller", () => {
  const first = samplePositions(100_000, 5000, 42);
  assert.equal(first.length, 5000);
  assert.deepEqual(first, samplePositions(100_000, 5000, 42));
  assert.notDeepEqual(first, samplePositions(100_000, 5000, 7));
  assert.ok(first.every((position, index) => index === 0 || position > (first[index - 1] as number)));
  assert.ok((first[0] as number) >= 0 && (first.at(-1) as number) < 100_000);
  assert.ok((first.at(-1) as number) > 90_000, "spread over the whole range");
  assert.deepEqual([...samplePositions(7, 50, 1)], [0, 1, 2, 3, 4, 5, 6]);
});

test("the sample's min cluster size is the corpus's scaled by the sample fraction, never below the floor", () => {
  assert.equal(sampleMinClusterSize(100_000, 50_000), 100);
  assert.equal(sampleMinClusterSize(1_000_000, 50_000), 10);
  assert.equal(sampleMinClusterSize(4_000_000, 50_000), 10);
  assert.equal(sampleMinClusterSize(30_000, 50_000), scaledMinClusterSize(30_000));
});
