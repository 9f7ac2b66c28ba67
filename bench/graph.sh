#!/usr/bin/env bash
# Graph benchmark: a synthetic graph of 100,000 nodes and 1,000,000 edges,
# then load time (against serde_json's own parse of the same file), query
# latencies and memory; networkx's memory for the same edges when a Python
# with networkx is given as PYTHON (e.g. PYTHON=.venv/bin/python).
#
#   bench/graph.sh [NODES] [EDGES]
set -euo pipefail
cd "$(dirname "$0")/.."
nodes=${1:-100000}
edges=${2:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet -p diplograph-graph --examples
target/release/examples/synthetic "$nodes" "$edges" "$work/graph.json"
target/release/examples/query_bench --parse-only "$work/graph.json"
target/release/examples/query_bench "$work/graph.json"
if [ -n "${PYTHON:-}" ] && "$PYTHON" -c 'import networkx' 2>/dev/null; then
  # networkx on a tenth of the edges: memory per edge is what is compared.
  "$PYTHON" bench/networkx_memory.py "$work/graph.json" $((edges / 10))
fi
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
