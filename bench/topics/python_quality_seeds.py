"""BERTopic's reduction + clustering (umap-learn + hdbscan, as python_bertopic.py) over several UMAP seeds: ARI against the
planted topics of the bench vectors. Usage: python3 bench/topics/python_quality_seeds.py COUNT MIN_CLUSTER_SIZE 42,1,2,3"""
import json, pathlib, sys
import numpy as np
from sklearn.metrics import adjusted_rand_score as ari
count, mcs = int(sys.argv[1]), int(sys.argv[2])
bench = pathlib.Path(__file__).resolve().parents[2] / ".navab" / "bench"
meta = json.load(open(bench / "vectors-384.json"))
v = np.fromfile(bench / "vectors-384.f32", dtype=np.float32).reshape(meta["count"], 384)[:count]
import umap, hdbscan
out = []
for seed in [int(s) for s in sys.argv[3].split(",")]:
    r = umap.UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", low_memory=False, random_state=seed).fit_transform(v)
    l = hdbscan.HDBSCAN(min_cluster_size=mcs, cluster_selection_method="eom").fit(r).labels_
    out.append(round(ari(l, meta["truth"][:count]), 3))
print(count, out, "mean", round(sum(out) / len(out), 3))
