#!/usr/bin/env bash
# Cycle search of the signed-cycle reduction against the code before it (0821651, main before issue 14: unsigned cycles, bare majority),
# side by side on the same machine, database and generated graph (seed 7): the old code runs from a temporary
# worktree, then this checkout. Usage (env as for every navab command): bench/conflicts/old-vs-new.sh 100000 [memory]
set -euo pipefail
size="${1:-10000}"
backends="${2:-memory}"
old="$(mktemp -d)/navab-old"
here="$(cd "$(dirname "$0")/../.." && pwd)"
git -C "$here" worktree add -q --detach "$old" 0821651
trap 'git -C "$here" worktree remove --force "$old"' EXIT
ln -s "$here/node_modules" "$old/node_modules"
echo "# old (0821651), $(uptime)"
(cd "$old" && nice -n 10 npx tsx bench/conflicts/run-bench.ts "$size" "$backends")
echo "# new ($(git -C "$here" rev-parse --short HEAD)), $(uptime)"
(cd "$here" && nice -n 10 npx tsx bench/conflicts/run-bench.ts "$size" "$backends")
