#!/usr/bin/env bash
# Benchmark (not a test): shangjia against the Python reference and the I/O floor, in one run.
#   scripts/bench.sh [APPLICATIONS=300] [ROUNDS=7]
set -euo pipefail
cd "$(dirname "$0")/.."
# Linked as the README installs it: the Swift runtime inside the binary (no dynamic loading at start).
swift build -c release --static-swift-stdlib --scratch-path .build-bench --product shangjia >/dev/null
python3 scripts/bench.py "$(swift build -c release --static-swift-stdlib --scratch-path .build-bench --show-bin-path)/shangjia" "${1:-300}" "${2:-7}"
