#!/usr/bin/env bash
# Benchmark (not a test): shangjia against the Python reference, the file-work floor and a plain
# Swift reader, in one run; peak RSS at APPLICATIONS and at 10,000. Needs cc, zlib's headers, valgrind.
#   scripts/bench.sh [APPLICATIONS=300] [ROUNDS=7]
set -euo pipefail
cd "$(dirname "$0")/.."
# Linked as the README installs it: the Swift runtime inside the binary (no dynamic loading at start).
swift build -c release --static-swift-stdlib --scratch-path .build-bench --product shangjia >/dev/null
python3 scripts/bench.py "$(swift build -c release --static-swift-stdlib --scratch-path .build-bench --show-bin-path)/shangjia" "${1:-300}" "${2:-7}"
