#!/usr/bin/env bash
# Benchmark (not a test): shangjia against the Python reference and the I/O floor, in one run.
#   scripts/bench.sh [APPLICATIONS=300] [ROUNDS=7]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product shangjia >/dev/null
python3 scripts/bench.py "$(swift build -c release --show-bin-path)/shangjia" "${1:-300}" "${2:-7}"
