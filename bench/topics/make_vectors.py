"""Synthetic document embeddings for the topic-stage timing bench: 384-d (the size of MiniLM sentence
embeddings), 80 topics with Zipf-like sizes, per-topic spread, 8% background documents, unit-normalized, seeded.
Writes .navab/bench/vectors-384.f32 (row-major float32) and vectors-384.json {count, dimensions, truth}.
Usage: python3 bench/topics/make_vectors.py [count=50000] [name=vectors-384]"""
import json, pathlib, sys
import numpy as np

count = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
name = sys.argv[2] if len(sys.argv) > 2 else "vectors-384"
dimensions, topics = 384, 80
rng = np.random.default_rng(42)
sizes = 1.0 / np.arange(1, topics + 1) ** 0.8
centers = rng.normal(size=(topics, dimensions))
spreads = rng.uniform(0.6, 1.4, size=topics)
truth = rng.choice(topics, size=count, p=sizes / sizes.sum())
# In place and in row blocks (same numbers as centers[truth] + normal * spread * 0.9): 1M rows stay ~3 GB.
vectors = rng.normal(size=(count, dimensions))
for start in range(0, count, 100000):
    block = slice(start, start + 100000)
    vectors[block] *= spreads[truth[block], None]
    vectors[block] *= 0.9
    vectors[block] += centers[truth[block]]
background = rng.random(count) < 0.08
vectors[background] = rng.normal(size=(background.sum(), dimensions)) * 1.5
truth[background] = -1
for start in range(0, count, 100000):
    block = slice(start, start + 100000)
    vectors[block] /= np.linalg.norm(vectors[block], axis=1, keepdims=True)
out = pathlib.Path(__file__).resolve().parents[2] / ".navab" / "bench"
out.mkdir(parents=True, exist_ok=True)
vectors.astype(np.float32).tofile(out / f"{name}.f32")
json.dump({"count": count, "dimensions": dimensions, "truth": truth.tolist()}, open(out / f"{name}.json", "w"))
print(f"wrote {count} x {dimensions} to {out}")
