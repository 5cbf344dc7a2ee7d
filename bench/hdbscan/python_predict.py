"""hdbscan's approximate_predict on held-out points, for navab's parity check (bench/hdbscan/predict-parity.ts).
Usage: python bench/hdbscan/python_predict.py IN.json OUT.json MIN_CLUSTER_SIZE...
IN: {fitted: [[...]], held: [[...]]}; OUT: {"<mcs>": {fitLabels, labels, probabilities}}"""
import json, sys
import numpy as np
import hdbscan

source, target = sys.argv[1], sys.argv[2]
data = json.load(open(source))
fitted, held = np.array(data["fitted"]), np.array(data["held"])
out = {}
for size in map(int, sys.argv[3:]):
    model = hdbscan.HDBSCAN(min_cluster_size=size, prediction_data=True, approx_min_span_tree=False).fit(fitted)
    labels, probabilities = hdbscan.approximate_predict(model, held)
    out[str(size)] = {"fitLabels": model.labels_.tolist(), "labels": labels.tolist(),
                      "probabilities": probabilities.tolist()}
json.dump(out, open(target, "w"))
