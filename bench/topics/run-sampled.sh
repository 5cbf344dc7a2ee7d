#!/bin/sh
# Sample-and-assign bench (issue 16 item 1). Run alone on an idle machine; prints the load average with each run.
#   bench/topics/run-sampled.sh quality 100000      # navab full (seeds 42, 1) vs sampled, BERTopic full vs sampled: ARI/NMI
#   bench/topics/run-sampled.sh scale 100000 300000 1000000   # navab sample-and-assign at each size -> projection
# Vectors: make_vectors.py COUNT vectors-384-COUNT (synthetic planted topics, seed 42), made once under .navab/bench.
# Python: .navab/venv (pip install umap-learn==0.5.12 hdbscan==0.8.40 scikit-learn==1.9.1 pandas plotly tqdm pyyaml
# and bertopic==0.17.4 --no-deps: BERTopic only needs sentence-transformers to embed texts, and the bench gives vectors).
set -e
cd "$(dirname "$0")/../.."
python=${PYTHON:-.navab/venv/bin/python}
mode=$1; shift
vectors() { [ -f ".navab/bench/vectors-384-$1.f32" ] || nice -n 10 "$python" bench/topics/make_vectors.py "$1" "vectors-384-$1"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
case "$mode" in
  quality)
    for count in "$@"; do
      vectors "$count"; name="vectors-384-$count"
      size=$(( (count + 50) / 100 )); [ $size -lt 10 ] && size=10; [ $size -gt 200 ] && size=200
      echo "load $(load)"; nice -n 10 npx tsx bench/topics/navab.ts "$count" "$size" "$name" 2>/dev/null | tee -a .navab/bench/sampled-quality.jsonl
      echo "load $(load)"; nice -n 10 npx tsx bench/topics/navab.ts "$count" "$size" "$name" 1 2>/dev/null | tee -a .navab/bench/sampled-quality.jsonl
      echo "load $(load)"; nice -n 10 npx tsx bench/topics/sampled.ts "$count" --vectors "$name" 2>/dev/null | tee -a .navab/bench/sampled-quality.jsonl
      sample_size=$(node -e "const r=require('fs').readFileSync('.navab/bench/sampled-quality.jsonl','utf8').trim().split('\n').map(JSON.parse).filter(x=>x.tool==='navab-sampled'&&x.count===$count).at(-1);console.log(r.minClusterSize)")
      echo "load $(load)"; nice -n 10 "$python" bench/topics/python_bertopic.py "$count" "$size" "$name" 2>/dev/null | tee -a .navab/bench/sampled-quality.jsonl
      echo "load $(load)"; nice -n 10 "$python" bench/topics/python_sampled.py "$count" "$sample_size" "$name" 2>/dev/null | tee -a .navab/bench/sampled-quality.jsonl
      npx tsx bench/topics/compare-sampled.ts "$count" "$name" 2>/dev/null | tee -a .navab/bench/sampled-quality.jsonl
    done ;;
  scale)
    for count in "$@"; do
      vectors "$count"
      echo "load $(load)"; nice -n 10 npx tsx bench/topics/sampled.ts "$count" --vectors "vectors-384-$count" 2>/dev/null | tee -a .navab/bench/sampled-results.jsonl
    done
    npx tsx bench/topics/project.ts .navab/bench/sampled-results.jsonl 4000000 2>/dev/null ;;
  *) echo "usage: bench/topics/run-sampled.sh quality|scale COUNT..." >&2; exit 2 ;;
esac
