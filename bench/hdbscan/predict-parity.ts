// Parity of navab's approximate prediction with hdbscan's approximate_predict: both fit the same points and predict
// the same held-out points (planted 5-d clusters, a quarter held out); reports, per min_cluster_size, the fits'
// ARI, the predicted labels' ARI and agreement (after matching label numbers), and the largest probability gap on points both label alike.
//   npx tsx bench/hdbscan/predict-parity.ts write .navab/bench/predict-5d.json
//   python bench/hdbscan/python_predict.py .navab/bench/predict-5d.json .navab/bench/predict-5d.python.json 20 50 100
//   npx tsx bench/hdbscan/predict-parity.ts compare .navab/bench/predict-5d.json .navab/bench/predict-5d.python.json
import { readFileSync, writeFileSync } from "node:fs";
import { approximatePredict, createPredictScratch } from "../../src/topics/clustering/approximate-predict.js";
import { fitHdbscan } from "../../src/topics/clustering/hdbscan.js";
import { adjustedRandIndex } from "../../src/topics/clustering/metrics.js";
import { predictionData } from "../../src/topics/clustering/prediction-data.js";
import { seededRandom } from "../../src/topics/reduction/seeded-random.js";
import { plantedClusters } from "../../test/unit/topics/clustering/planted-clusters.js";

const [mode, input, pythonOutput] = process.argv.slice(2);
if (mode === "write" && input !== undefined) {
  const { points } = plantedClusters(7, 400);
  const random = seededRandom(77);
  const fitted: number[][] = [];
  const held: number[][] = [];
  for (const point of points) (random() < 0.25 ? held : fitted).push(point);
  writeFileSync(input, JSON.stringify({ fitted, held }));
  console.error(`wrote ${fitted.length} fitted and ${held.length} held-out points to ${input}`);
} else if (mode === "compare" && input !== undefined && pythonOutput !== undefined) {
  const { fitted, held } = JSON.parse(readFileSync(input, "utf8")) as { fitted: number[][]; held: number[][] };
  const python = JSON.parse(readFileSync(pythonOutput, "utf8")) as Record<
    string,
    { fitLabels: number[]; labels: number[]; probabilities: number[] }
  >;
  for (const [size, reference] of Object.entries(python)) {
    const { result, fit } = fitHdbscan(fitted, { minClusterSize: Number(size) });
    if (fit === undefined) throw new Error("no fit");
    const data = predictionData(fit);
    const scratch = createPredictScratch(data);
    const predicted = held.map((point) => approximatePredict(data, Float64Array.from(point), 0, scratch));
    const labels = predicted.map((entry) => entry.label);
    // The libraries may number the same clusters differently: map each navab label to the Python label it
    // co-occurs with most, then count identical labels and compare probabilities where they agree.
    const votes = new Map<string, number>();
    labels.forEach((label, index) => {
      const key = `${label}:${reference.labels[index]}`;
      votes.set(key, (votes.get(key) ?? 0) + 1);
    });
    const mapping = new Map<number, number>();
    const best = new Map<number, number>();
    for (const [key, count] of votes) {
      const [ours, theirs] = key.split(":").map(Number) as [number, number];
      if (count > (best.get(ours) ?? 0)) {
        best.set(ours, count);
        mapping.set(ours, theirs);
      }
    }
    let same = 0;
    let gap = 0;
    predicted.forEach((entry, index) => {
      if (mapping.get(entry.label) !== reference.labels[index]) return;
      same += 1;
      gap = Math.max(gap, Math.abs(entry.probability - (reference.probabilities[index] as number)));
    });
    console.log(
      JSON.stringify({
        minClusterSize: Number(size),
        fitAri: +adjustedRandIndex(result.labels, reference.fitLabels).toFixed(4),
        predictedAri: +adjustedRandIndex(labels, reference.labels).toFixed(4),
        identicalLabels: `${same}/${held.length}`,
        largestProbabilityGap: +gap.toExponential(2),
      }),
    );
  }
} else {
  console.error("usage: predict-parity.ts write OUT.json | compare IN.json PYTHON.json");
  process.exit(2);
}
