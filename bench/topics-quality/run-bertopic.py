"""BERTopic side by side with navab on the SAME embeddings (hashed-ngram-v1 fitted on BBC, exported by run-navab.ts).

Same settings as navab (paper Table 4): UMAP 5-d, 15 neighbours, min_dist 0.0, cosine, random_state 42;
HDBSCAN min_cluster_size from navab-scores.json (scaled), euclidean, eom. Scores NMI/ARI against the five BBC
folders, over all documents (noise = its own label -1) and over clustered documents only.
Usage: nice -n 10 python3 bench/topics-quality/run-bertopic.py out/topics-quality
"""
import json
import sys
import time

import numpy as np
from bertopic import BERTopic
from hdbscan import HDBSCAN
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score
from umap import UMAP

folder = sys.argv[1] if len(sys.argv) > 1 else "out/topics-quality"
# Same `navab-scores.json` min cluster size as the navab run in that folder.
documents = [json.loads(line) for line in open(f"{folder}/documents.jsonl", encoding="utf-8")]
embeddings = np.fromfile(f"{folder}/embeddings.f32", dtype=np.float32).reshape(len(documents), -1)
navab = json.load(open(f"{folder}/navab-scores.json"))
categories = sorted({document["category"] for document in documents})
truth = np.array([categories.index(document["category"]) for document in documents])

started = time.time()
umap_model = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=42)
hdbscan_model = HDBSCAN(min_cluster_size=navab["minClusterSize"], metric="euclidean", cluster_selection_method="eom", prediction_data=True)
topic_model = BERTopic(embedding_model=None, umap_model=umap_model, hdbscan_model=hdbscan_model, calculate_probabilities=False)
topics, _ = topic_model.fit_transform([document["text"] for document in documents], embeddings)
labels = np.array(topics)
clustered = labels >= 0


def purity(predicted, actual):
    """Share of clustered documents whose topic's majority category is their own category."""
    total = sum(np.bincount(actual[predicted == label]).max() for label in set(predicted.tolist()))
    return float(total / max(1, len(predicted)))


def scores(predicted, name):
    return {
        "name": name,
        "nmiAll": normalized_mutual_info_score(truth, predicted),
        "ariAll": adjusted_rand_score(truth, predicted),
        "nmiClustered": normalized_mutual_info_score(truth[predicted >= 0], predicted[predicted >= 0]),
        "ariClustered": adjusted_rand_score(truth[predicted >= 0], predicted[predicted >= 0]),
        "clusters": int(len(set(predicted[predicted >= 0].tolist()))),
        "purity": purity(predicted[predicted >= 0], truth[predicted >= 0]),
        "noiseShare": float(np.mean(predicted < 0)),
    }


result = {"seconds": time.time() - started, "bertopic": scores(labels, "BERTopic 0.16.4"), "navab": navab["navab"],
          "topWords": [[word for word, _ in topic_model.get_topic(topic)[:8]] for topic in range(min(8, labels.max() + 1))]}
print(json.dumps(result, indent=1, ensure_ascii=False))
json.dump(result, open(f"{folder}/comparison.json", "w"), indent=1, ensure_ascii=False)
