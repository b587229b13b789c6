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

step "wasm package and size"
scripts/build-wasm.sh

# Debug profile: the release profile aborts on panic, and cargo then builds
# test dependencies twice, which wasm-bindgen-test cannot link.
step "wasm API in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER="$(command -v chromedriver)" wasm-pack test --headless --chrome

# Only the crate is rebuilt (the dependencies are cached), with another
# seeds folder embedded: articles that try to inject markup.
step "wasm package of the hostile seeds (tests/e2e/hostile.test.mjs)"
scripts/build-hostile-pkg.sh

step "end-to-end page tests (Playwright on Debian's Chromium)"
node --test --test-concurrency=1 tests/e2e/
echo "screenshots: tests/e2e/artifacts/"
