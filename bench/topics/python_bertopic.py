"""BERTopic's reduction + clustering on the bench vectors, as BERTopic 0.16 configures them: umap-learn
UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", low_memory=False, random_state=42) then
hdbscan.HDBSCAN(min_cluster_size, metric="euclidean", cluster_selection_method="eom", prediction_data=True).
Usage: python3 bench/topics/python_bertopic.py COUNT MIN_CLUSTER_SIZE [NAME=vectors-384]  -> one JSON line on
stdout, labels to .navab/bench/python-COUNT.labels.json (python-NAME-COUNT.labels.json for another NAME)"""
import json, pathlib, resource, sys, time
import numpy as np

count, min_cluster_size = int(sys.argv[1]), int(sys.argv[2])
name = sys.argv[3] if len(sys.argv) > 3 else "vectors-384"
bench = pathlib.Path(__file__).resolve().parents[2] / ".navab" / "bench"
meta = json.load(open(bench / f"{name}.json"))
vectors = np.fromfile(bench / f"{name}.f32", dtype=np.float32).reshape(meta["count"], meta["dimensions"])[:count]
started = time.perf_counter(); cpu = time.process_time()
import umap, hdbscan  # imports (and numba's JIT on first use) count, as in a fresh BERTopic process
reduced = umap.UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", low_memory=False,
                    random_state=42).fit_transform(vectors)
umap_seconds = time.perf_counter() - started
model = hdbscan.HDBSCAN(min_cluster_size=min_cluster_size, metric="euclidean", cluster_selection_method="eom",
                        prediction_data=True).fit(reduced)
total = time.perf_counter() - started
labels_file = f"python-{count}.labels.json" if name == "vectors-384" else f"python-{name}-{count}.labels.json"
json.dump(model.labels_.tolist(), open(bench / labels_file, "w"))
print(json.dumps({"tool": "bertopic", "count": count, "minClusterSize": min_cluster_size,
                  "umapSeconds": round(umap_seconds, 2), "hdbscanSeconds": round(total - umap_seconds, 2),
                  "wallSeconds": round(total, 2), "cpuSeconds": round(time.process_time() - cpu, 2),
                  "peakMegabytes": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                  "clusters": int(model.labels_.max() + 1)}))
