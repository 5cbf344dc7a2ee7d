"""BERTopic's own sample-and-transform on the bench vectors, side by side with navab's bench/topics/sampled.ts:
BERTopic(umap_model=UMAP(15, 5-d, min_dist 0, cosine, low_memory=False, random_state=42),
hdbscan_model=HDBSCAN(min_cluster_size, eom, prediction_data=True)).fit(sample docs, sample embeddings), then
.transform(the other documents' embeddings, in pages) — i.e. umap-learn's transform + hdbscan's approximate_predict.
Documents are placeholders (the bench has vectors only; BERTopic needs texts for its keywords). The sample is the
one navab drew (.navab/bench/sampled-NAME-COUNT.sample.json, written by sampled.ts) so both fit the same rows.
Usage: python bench/topics/python_sampled.py COUNT MIN_CLUSTER_SIZE [NAME=vectors-384] [PAGE=50000]
-> one JSON line; labels to .navab/bench/python-sampled-NAME-COUNT.labels.json"""
import json, pathlib, resource, sys, time
import numpy as np

count, min_cluster_size = int(sys.argv[1]), int(sys.argv[2])
name = sys.argv[3] if len(sys.argv) > 3 else "vectors-384"
page = int(sys.argv[4]) if len(sys.argv) > 4 else 50000
bench = pathlib.Path(__file__).resolve().parents[2] / ".navab" / "bench"
meta = json.load(open(bench / f"{name}.json"))
vectors = np.memmap(bench / f"{name}.f32", dtype=np.float32, mode="r", shape=(meta["count"], meta["dimensions"]))
sample = np.array(json.load(open(bench / f"sampled-{name}-{count}.sample.json")), dtype=np.int64)
started = time.perf_counter(); cpu = time.process_time()
from bertopic import BERTopic  # imports (and numba's JIT on first use) count, as in a fresh BERTopic process
from umap import UMAP
from hdbscan import HDBSCAN

model = BERTopic(
    umap_model=UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", low_memory=False, random_state=42),
    hdbscan_model=HDBSCAN(min_cluster_size=min_cluster_size, metric="euclidean", cluster_selection_method="eom",
                          prediction_data=True),
    calculate_probabilities=False,
)
placeholder = "placeholder document text"
fitted = np.asarray(vectors[sample])
topics, _ = model.fit_transform([placeholder] * len(sample), fitted)
fit_seconds = time.perf_counter() - started
labels = np.full(count, -1, dtype=np.int64)
labels[sample] = topics
rest_mask = np.ones(count, dtype=bool); rest_mask[sample] = False
rest = np.flatnonzero(rest_mask)
for first in range(0, len(rest), page):
    rows = rest[first:first + page]
    predicted, _ = model.transform([placeholder] * len(rows), np.asarray(vectors[rows]))
    labels[rows] = predicted
total = time.perf_counter() - started
json.dump(labels.tolist(), open(bench / f"python-sampled-{name}-{count}.labels.json", "w"))
print(json.dumps({"tool": "bertopic-sampled", "count": count, "sample": int(len(sample)),
                  "minClusterSize": min_cluster_size, "fitSeconds": round(fit_seconds, 2),
                  "assignSeconds": round(total - fit_seconds, 2), "wallSeconds": round(total, 2),
                  "cpuSeconds": round(time.process_time() - cpu, 2),
                  "peakMegabytes": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                  "clusters": int(labels.max() + 1)}))
