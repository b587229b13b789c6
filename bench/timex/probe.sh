#!/bin/sh
# Runs the date tagger on bench/timex/probe.tsv: short news sentences,
# written by hand, one temporal expression each, with the TIMEX3 type and
# value the TimeML guidelines (or, where they split, the development
# files) give it; type NONE means no expression should be found there. Prints each sentence whose expression is missed or
# valued wrongly, then the count.
#   bench/timex/probe.sh            report only
#   bench/timex/probe.sh --update   also rewrite the "got" column
set -e
cd "$(dirname "$0")/../.."
cargo build --release --quiet
python3 - "$@" <<'PY'
import json, subprocess, sys
path = "bench/timex/probe.tsv"
rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8")]
head, rows = rows[0], rows[1:]
miss = 0
for r in rows:
    sent, dct, expr, typ, val = r[:5]
    out = subprocess.run(["target/release/news-timeline", "timex", "--dct", dct],
                         input=sent.encode(), capture_output=True, check=True).stdout
    hits = [json.loads(l) for l in out.decode().splitlines() if l.strip()]
    b = sent.encode()
    s = b.find(expr.encode()); e = s + len(expr.encode())
    over = [h for h in hits if h["start"] < e and h["end"] > s]
    got = "; ".join(f'{b[h["start"]:h["end"]].decode()}={h["type"]}:{h["value"]}' for h in over)
    r[5:] = [got or "-"]
    if typ == "NONE":
        ok = not over
    else:
        ok = any(h["type"] == typ and h["value"] == val for h in over)
    if not ok:
        miss += 1
        print(f"MISS  {expr!r:32} want {typ}:{val:14} got {got or '-'}")
print(f"{miss} of {len(rows)} probes missed or valued wrongly")
if "--update" in sys.argv[1:]:
    with open(path, "w", encoding="utf-8") as f:
        for r in [head] + rows:
            f.write("\t".join(r) + "\n")
PY
