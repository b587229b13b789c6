#!/usr/bin/env bash
# Builds the demo and serves the repository root; prints the URL to open.
#   scripts/demo.sh [PORT]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup.sh
scripts/build-wasm.sh
exec node scripts/serve.mjs --port "${1:-8080}"
