"""Makes the 5-d parity input from real BBC texts: TF-IDF -> TruncatedSVD(100) -> UMAP(5, cosine, min_dist 0,
seed 42), the shape of input navab's HDBSCAN sees. Writes .navab/bench/bbc-5d.json {points, categories, files}.
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
points = umap.UMAP(n_components=5, n_neighbors=15, min_dist=0.0, metric="cosine", random_state=42).fit_transform(dense)
json.dump({"points": points.astype(float).tolist(), "categories": categories, "files": files}, open(out / "bbc-5d.json", "w"))
print(f"wrote {len(points)} points to {out / 'bbc-5d.json'}", file=sys.stderr)
