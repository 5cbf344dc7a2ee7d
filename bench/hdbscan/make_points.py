"""Makes the 5-d parity input from real BBC texts: TF-IDF -> TruncatedSVD(100) -> UMAP(5, cosine, min_dist 0,
seed 42), the shape of input navab's HDBSCAN sees. Writes .navab/bench/bbc-5d.json {points, categories, files};
with a seed argument (make_points.py 7) the UMAP uses that seed and writes bbc-5d-s7.json (more parity inputs).
Corpus text is read from NAVAB_CORPORA (default ../shared/corpora); nothing from it is committed."""
import json, os, pathlib, sys
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.decomposition import TruncatedSVD
import umap

repository = pathlib.Path(__file__).resolve().parents[2]
corpora = pathlib.Path(os.environ.get("NAVAB_CORPORA", repository / ".." / "shared" / "corpora"))
out = repository / ".navab" / "bench"
out.mkdir(parents=True, exist_ok=True)
texts, categories, files = [], [], []
for category in sorted(p.name for p in (corpora / "uk-bbc").iterdir() if p.is_dir()):
    for path in sorted((corpora / "uk-bbc" / category).glob("*.txt")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        texts.append(text); categories.append(category); files.append(f"{category}/{path.name}")
tfidf = TfidfVectorizer(sublinear_tf=True, min_df=2, stop_words="english").fit_transform(texts)
dense = TruncatedSVD(n_components=100, random_state=42).fit_transform(tfidf)
np.save(out / "bbc-svd100.npy", dense.astype(np.float32))
seed = int(sys.argv[1]) if len(sys.argv) > 1 else 42
name = "bbc-5d.json" if len(sys.argv) == 1 else f"bbc-5d-s{seed}.json"
points = umap.UMAP(n_components=5, n_neighbors=15, min_dist=0.0, metric="cosine", random_state=seed).fit_transform(dense)
json.dump({"points": points.astype(float).tolist(), "categories": categories, "files": files}, open(out / name, "w"))
print(f"wrote {len(points)} points to {out / name}", file=sys.stderr)
