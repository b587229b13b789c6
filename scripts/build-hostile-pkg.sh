#!/usr/bin/env bash
# Builds the wasm package of the hostile seeds folder (tests/hostile_seeds:
# articles full of <script>, onerror handlers, javascript: links, bidi
# overrides) into target/hostile-pkg, for tests/e2e/hostile.test.mjs. The
# package is not optimised: the test loads it, nobody downloads it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
NEWS_TIMELINE_SEEDS=tests/hostile_seeds \
  wasm-pack build --target web --release --out-dir target/hostile-pkg --out-name news_timeline --quiet --no-pack
