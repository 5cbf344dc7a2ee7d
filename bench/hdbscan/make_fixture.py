"""Writes the committed parity fixture test/unit/topics/clustering/fixtures/bbc-600-hdbscan.json: 600 of the
BBC 5-d points from make_points.py (random subset, seed 0, rounded to 6 decimals) and the labels/probabilities
Python hdbscan==0.8.40 gives them for min_cluster_size 10/20/50 (algorithms "best" and "prims_kdtree"), so the
unit test checks parity without Python. Run make_points.py first."""
import json, pathlib
import numpy as np
import hdbscan

repository = pathlib.Path(__file__).resolve().parents[2]
data = json.load(open(repository / ".navab" / "bench" / "bbc-5d.json"))
rows = np.random.default_rng(0).choice(len(data["points"]), size=600, replace=False)
points = np.round(np.asarray(data["points"])[np.sort(rows)], 6)
runs = {}
for size in [10, 20, 50]:
    for algorithm in ["best", "prims_kdtree"]:
        model = hdbscan.HDBSCAN(min_cluster_size=size, algorithm=algorithm).fit(points)
        runs[f"{size}/{algorithm}"] = {"labels": model.labels_.tolist(),
                                       "probabilities": np.round(model.probabilities_, 6).tolist()}
target = repository / "test" / "unit" / "topics" / "clustering" / "fixtures" / "bbc-600-hdbscan.json"
json.dump({"generator": "bench/hdbscan/make_fixture.py, hdbscan " + hdbscan.__version__ if hasattr(hdbscan, "__version__") else "hdbscan 0.8.40",
           "points": points.tolist(), "runs": runs}, open(target, "w"))
print("wrote", target)
