#!/bin/sh
# Scores the date tagger on TimeML news with ../shared/tools/timex_eval.py.
#   bench/timex/score.sh            dev and held-out splits, and the whole set
# The split (split.txt) is fixed: in each subfolder, sorted by name, every
# 5th file (0-based indices 4, 9, 14, ...) is held out and was never used
# for tuning. The split folders are made under target/ as symbolic links.
set -e
cd "$(dirname "$0")/../.."
SRC=$(cd ../shared/corpora/timeml && pwd)
EVAL=../shared/tools/timex_eval.py
OUT=target/timex-split
rm -rf "$OUT"
while read -r part path; do
  mkdir -p "$OUT/$part/$(dirname "$path")"
  ln -s "$SRC/$path" "$OUT/$part/$path"
done < bench/timex/split.txt
cargo build --release --quiet
for part in dev test; do
  echo "== $part split"
  python3 "$EVAL" --tagger "target/release/news-timeline timex" "$OUT/$part"
done
echo "== all 256 documents"
python3 "$EVAL" --tagger "target/release/news-timeline timex" "$SRC"
