#!/usr/bin/env bash
# Builds the wasm package into www/pkg and optimises it for size, then
# prints the gzipped size of everything the demo page loads.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

wasm-pack build --target web --release --out-dir www/pkg --quiet
node_modules/.bin/wasm-opt -Oz \
  --enable-reference-types --enable-bulk-memory --enable-sign-ext \
  --enable-mutable-globals --enable-nontrapping-float-to-int --enable-multivalue \
  www/pkg/news_timeline_bg.wasm -o www/pkg/news_timeline_bg.wasm
node scripts/size.mjs "$@"
