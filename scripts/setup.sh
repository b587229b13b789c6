#!/usr/bin/env bash
# Installs what building and testing need, when it is missing. Sourced by
# demo.sh and test.sh; safe to run again (each step checks first).
#   setup.sh [--browser]    --browser also installs Chromium and its driver
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '\n== %s\n' "$*"; }

if ! command -v cargo >/dev/null; then
  echo "setup: cargo is missing: install Rust with rustup (https://rustup.rs) first" >&2
  exit 1
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! command -v wasm-pack >/dev/null; then
  say "installing wasm-pack (cargo install; a few minutes the first time)"
  cargo install --locked wasm-pack
fi

apt_packages=()
command -v node >/dev/null || apt_packages+=(nodejs npm)
if [ "${1:-}" = "--browser" ]; then
  command -v chromium >/dev/null || apt_packages+=(chromium)
  command -v chromedriver >/dev/null || apt_packages+=(chromium-driver)
fi
if [ "${#apt_packages[@]}" -gt 0 ]; then
  say "installing Debian packages: ${apt_packages[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi

# npm packages: playwright-core (drives the system Chromium; it downloads no
# browser), axe-core, esbuild (minifies dist/), and binaryen's wasm-opt. Debian's binaryen (108) is too
# old for the reference-types tables wasm-bindgen now emits, so the
# optimiser comes from npm, pinned in package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/esbuild ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
