#!/usr/bin/env bash
# Runs every test: formatting and lints, native unit and integration tests,
# the wasm API in headless Chromium, the end-to-end page tests, and the
# demo's size. Installs what it needs first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup.sh --browser

step() { printf '\n== %s\n' "$*"; }

step "format and lints"
cargo fmt --all -- --check
cargo clippy --all-targets --locked -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --locked -- -D warnings

step "native tests (unit, integration, doc)"
cargo test --locked

# A ceiling, not the target: issue #8's budget for the demo is 50 KB
# gzipped, which it does not meet yet (80.7 KiB as deployed from dist/;
# BENCHMARKS.md says why). Until it does, the demo may not grow past today's
# size plus about 3 %, so that a change pulling in, say, serde or format
# machinery fails here.
step "wasm package, dist/ and size (ceiling 85,300 B gzipped)"
scripts/build-wasm.sh --budget 85300

# Debug profile: the release profile aborts on panic, and cargo then builds
# test dependencies twice, which wasm-bindgen-test cannot link.
step "wasm API in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER="$(command -v chromedriver)" wasm-pack test --headless --chrome

# Only the crate is rebuilt (the dependencies are cached), with another
# seeds folder embedded: articles that try to inject markup.
step "wasm package of the hostile seeds (tests/e2e/hostile.test.mjs)"
scripts/build-hostile-pkg.sh

# The page tests open dist/, the minified site that is deployed
# (NEWS_TIMELINE_SITE=www runs them on the source instead).
step "end-to-end page tests on dist/ (Playwright on Debian's Chromium)"
node --test --test-concurrency=1 tests/e2e/
echo "screenshots: tests/e2e/artifacts/"
