#!/usr/bin/env bash
# Builds the wasm package into www/pkg and optimises it (wasm-opt -Oz),
# writes dist/ (the site to deploy: www/ with JavaScript and CSS minified,
# scripts/build-site.mjs), then prints the gzipped size of everything the
# demo page in dist/ loads.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Size or speed. For a small corpus the code is most of what a reader
# downloads, so it is optimised for size (Cargo.toml's opt-level "z"). From
# 1 MiB of articles on, the wait is for the corpus to be decoded at start-up,
# and code optimised for speed decodes it about a quarter faster, for about
# 10 KB more gzipped code (BENCHMARKS.md). bench/run.mjs decides alike.
seeds=${NEWS_TIMELINE_SEEDS:-seeds}
if [[ -e $seeds ]] && (( $(du -sb "$seeds" | cut -f1) >= 1048576 )); then
  export CARGO_PROFILE_RELEASE_OPT_LEVEL=3
fi
wasm-pack build --target web --release --out-dir www/pkg --quiet
node_modules/.bin/wasm-opt -Oz \
  --enable-reference-types --enable-bulk-memory --enable-sign-ext \
  --enable-mutable-globals --enable-nontrapping-float-to-int --enable-multivalue \
  www/pkg/news_timeline_bg.wasm -o www/pkg/news_timeline_bg.wasm
node scripts/build-site.mjs
node scripts/size.mjs "$@"
