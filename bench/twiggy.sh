#!/usr/bin/env bash
# What is big in the demo's wasm module: twiggy on the unoptimised module
# (wasm-pack's output, names kept) and on the optimised one (wasm-opt -Oz as
# scripts/build-wasm.sh, but with -g so that twiggy can still name the
# functions; -g keeps the name section only, the code is the same).
#
#   bench/twiggy.sh
#
# Uses the unoptimised module that `node bench/run.mjs --only size` keeps
# beside the demo package (www/pkg/unoptimised_bg.wasm.keep), building it
# first when it is missing. Writes target/bench/twiggy-{unoptimised,optimised}-
# {top,monos,garbage}.txt and prints the top 30 by retained size of each.
# Installs twiggy through cargo when it is missing (one job: the machine is
# shared).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

command -v twiggy >/dev/null || cargo install twiggy --locked -j1
out=target/bench
pkg=$out/pkg-demo
mkdir -p "$pkg"
[[ -f www/pkg/unoptimised_bg.wasm.keep ]] || node bench/run.mjs --only size --rebuild
cp www/pkg/unoptimised_bg.wasm.keep "$pkg/unoptimised_bg.wasm"
node_modules/.bin/wasm-opt -Oz -g \
  --enable-reference-types --enable-bulk-memory --enable-sign-ext \
  --enable-mutable-globals --enable-nontrapping-float-to-int --enable-multivalue \
  "$pkg/unoptimised_bg.wasm" -o "$pkg/optimised-named_bg.wasm"

for variant in unoptimised optimised-named; do
  wasm=$pkg/${variant}_bg.wasm
  name=${variant%-named}
  echo "== $name: $(stat -c %s "$wasm") bytes, $(gzip -9c "$wasm" | wc -c) gzipped"
  twiggy top --retained -n 30 "$wasm" | tee "$out/twiggy-$name-top.txt"
  twiggy monos -n 20 "$wasm" > "$out/twiggy-$name-monos.txt"
  twiggy garbage -n 20 "$wasm" > "$out/twiggy-$name-garbage.txt"
  echo "-- monos (generic bloat): $out/twiggy-$name-monos.txt"
  head -25 "$out/twiggy-$name-monos.txt"
done
