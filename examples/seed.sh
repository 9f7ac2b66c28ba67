#!/usr/bin/env bash
# The main job on the bundled example: the seed article through the whole
# pipeline, into out/ (extraction record, graph, DOT, node-link JSON, and an
# SVG when Graphviz is installed).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/diplograph
mkdir -p out
$bin extract --jsonl examples/seed.jsonl > out/seed.record.jsonl
$bin build examples/seed.jsonl -o out/seed.graph.json
$bin export out/seed.graph.json --format dot -o out/seed.dot
$bin export out/seed.graph.json --format json -o out/seed.json
if command -v dot >/dev/null 2>&1; then
  dot -Tsvg out/seed.dot -o out/seed.svg
fi
$bin query out/seed.graph.json who-met
ls -1 out/
