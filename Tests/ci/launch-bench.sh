#!/usr/bin/env bash
# `dossier bench` measures the real process through a pseudo-terminal: a launch table with a
# figure for every copies × (cold, warm, one file changed), growth ratios, peak RSS and the time
# until the whole analysis is done (the timeline opens); no
# temporary copies left behind.
set -euo pipefail
bin="$1"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
"$bin" bench --launch-only --corpus Assets/corpus --launch-copies 1,2 --launch-runs 1 > "$out" 2>/dev/null
python3 - "$out" <<'PY'
import re, sys
rows = [l for l in open(sys.argv[1]) if re.match(r"\| [12] \| \d+ \|", l)]
assert len(rows) == 2, f"expected rows for 1 and 2 copies, got {rows}"
for row in rows:
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    assert all(re.match(r"^\d+ ms", c) for c in cells[2:5]), f"missing launch figure: {row}"
    assert re.match(r"^[\d.]+× / [\d.]+×$", cells[5]), f"missing growth ratio: {row}"
    assert re.match(r"^[1-9]\d* / [1-9]\d* MB$", cells[6]), f"missing peak RSS: {row}"
    assert re.match(r"^\d+ ms / \d+ ms$", cells[7]), f"missing whole-analysis time: {row}"
assert [c.strip() for c in rows[0].split("|")][2] != "", "empty"
print("launch-bench.sh: ok")
PY
if ls -d /tmp/dossier-bench-* >/dev/null 2>&1; then
    for d in /tmp/dossier-bench-*; do
        pid="${d##*-}"
        if ! kill -0 "$pid" 2>/dev/null; then echo "launch-bench.sh: left $d behind"; exit 1; fi
    done
fi
