#!/bin/sh
# Times navab vs BERTopic's UMAP+HDBSCAN at the given sizes (default 2000 10000 50000), one fresh process each,
# niced; appends JSON lines to .navab/bench/topics-results.jsonl. Then: npx tsx bench/topics/summarize.ts
# min_cluster_size for both = navab's scaledMinClusterSize(n) = clamp(round(n/100), 10, 200).
set -e
cd "$(dirname "$0")/../.."
[ -f .navab/bench/vectors-384.f32 ] || nice -n 10 python3 bench/topics/make_vectors.py 50000
for count in ${*:-2000 10000 50000}; do
  size=$(( (count + 50) / 100 )); [ $size -lt 10 ] && size=10; [ $size -gt 200 ] && size=200
  nice -n 10 python3 bench/topics/python_bertopic.py "$count" "$size" 2>/dev/null >> .navab/bench/topics-results.jsonl
  nice -n 10 npx tsx bench/topics/navab.ts "$count" "$size" 2>/dev/null >> .navab/bench/topics-results.jsonl
  tail -2 .navab/bench/topics-results.jsonl
done
