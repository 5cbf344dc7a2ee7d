"""Runs McInnes' hdbscan (PyPI hdbscan==0.8.40) on a points JSON ({"points": [[...], ...]}) for several
min_cluster_size values: the library defaults BERTopic uses ("best" = Borůvka k-d tree with an approximate MST),
"exact" (Borůvka k-d tree, approx_min_span_tree=False), "prims_kdtree" (exact, the MST loop navab mirrors) and
"generic" (exact, dense sklearn distance matrix). Usage: python_hdbscan.py IN.json OUT.json 20 50 200"""
import json, sys, time
import numpy as np
import hdbscan

source, target, *sizes = sys.argv[1:]
points = np.asarray(json.load(open(source))["points"], dtype=np.float64)
results = {}
for size in [int(s) for s in sizes]:
    for algorithm in ["best", "exact", "prims_kdtree", "generic"] if len(points) <= 20000 else ["best", "exact"]:
        started = time.perf_counter()
        model = hdbscan.HDBSCAN(min_cluster_size=size, metric="euclidean", cluster_selection_method="eom",
                                algorithm="best" if algorithm == "exact" else algorithm,
                                approx_min_span_tree=algorithm != "exact").fit(points)
        results[f"{size}/{algorithm}"] = {
            "labels": model.labels_.tolist(),
            "probabilities": model.probabilities_.tolist(),
            "seconds": time.perf_counter() - started,
        }
        print(f"min_cluster_size={size} {algorithm}: {model.labels_.max() + 1} clusters, "
              f"{(model.labels_ < 0).sum()} noise, {results[f'{size}/{algorithm}']['seconds']:.2f}s", file=sys.stderr)
json.dump(results, open(target, "w"))
