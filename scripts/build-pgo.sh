#!/usr/bin/env bash
# A release build optimised with a profile of its own run (profile-guided
# optimisation): the compiler lays out branches and inlines by how the
# extractor actually runs on news text.
#
#   scripts/build-pgo.sh          → target/pgo/release/diplograph
#
# It builds an instrumented binary, runs it on a 5 MB corpus made from the
# written evaluation sets (eval/, shipped with the repository; the
# benchmark corpus is made from other articles), merges the profile with
# llvm-profdata of the LLVM version rustc uses, and builds again with it.
# The output is the same as the plain release build's, byte for byte; only
# speed differs. Needs llvm-profdata: `rustup component add llvm-tools`, or
# the distribution's package of rustc's LLVM major version (on Debian,
# `apt-get install llvm-22` for an LLVM 22 rustc).
set -euo pipefail
cd "$(dirname "$0")/.."

llvm_major=$(rustc -vV | sed -n 's/^LLVM version: \([0-9]*\).*/\1/p')
profdata=""
for candidate in \
  "$(rustc --print sysroot)/lib/rustlib/$(rustc -vV | sed -n 's/^host: //p')/bin/llvm-profdata" \
  "llvm-profdata-$llvm_major" \
  "/usr/lib/llvm-$llvm_major/bin/llvm-profdata" \
  llvm-profdata; do
  if command -v "$candidate" >/dev/null 2>&1; then
    version=$("$candidate" --version 2>/dev/null | sed -n 's/.*LLVM version \([0-9]*\).*/\1/p' | head -1)
    if [ "$version" = "$llvm_major" ]; then
      profdata=$candidate
      break
    fi
  fi
done
if [ -z "$profdata" ]; then
  echo "build-pgo: no llvm-profdata of LLVM $llvm_major (the version rustc uses) found;" >&2
  echo "  install it with 'rustup component add llvm-tools' or your distribution's llvm-$llvm_major package" >&2
  exit 1
fi

target=target/pgo
data=$target/profile
rm -rf "$data"
mkdir -p "$data"
data=$(cd "$data" && pwd)

echo "build-pgo: instrumented build" >&2
CARGO_TARGET_DIR=$target/instrumented RUSTFLAGS="-Cprofile-generate=$data/raw" \
  cargo build --release --quiet

echo "build-pgo: training run" >&2
python3 bench/make_corpus.py "$data/train.jsonl" 5 eval/written-*.jsonl >/dev/null
"$target/instrumented/release/diplograph" extract --jsonl "$data/train.jsonl" -j 1 -q >/dev/null
"$profdata" merge -o "$data/merged.profdata" "$data"/raw/*.profraw

echo "build-pgo: optimised build" >&2
CARGO_TARGET_DIR=$target RUSTFLAGS="-Cprofile-use=$data/merged.profdata" \
  cargo build --release --quiet
echo "build-pgo: $target/release/diplograph" >&2
