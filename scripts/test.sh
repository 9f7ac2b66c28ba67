#!/usr/bin/env bash
# The whole test suite, as CI runs it: formatting, lints, every test.
# Installs Graphviz first when it is missing and this user can (root on Debian),
# so that DOT outputs are checked by the real `dot`.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dot >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq graphviz >/dev/null
  else
    echo "note: Graphviz is not installed; the DOT rendering tests will be skipped" >&2
  fi
fi

cargo fmt --all -- --check
cargo clippy --workspace --all-targets --profile ci -- -D warnings
cargo test --workspace --profile ci
