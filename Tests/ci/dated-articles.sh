#!/usr/bin/env bash
# Dates and events on the dated test articles (Tests/fixtures/dated-articles: one short
# article per date-line and relative-date form, written for the tests): exports them with
# the given binary, scores the events with ../shared/eval/score.py and fails below the
# floors, and fails if any exported date is not a real calendar date.
# usage: Tests/ci/dated-articles.sh PATH/TO/dossier
set -euo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
cd "$(dirname "$0")/../.."

floor_events=0.95
articles=Tests/fixtures/dated-articles
gold=Tests/fixtures/dated-articles.gold.json
scorer=../shared/eval/score.py

export_json="$(mktemp)"
report="$(mktemp)"
trap 'rm -f "$export_json" "$report"' EXIT
"$bin" export --format json "$articles" > "$export_json"
python3 - "$export_json" <<'PY'
import datetime, json, sys
export = json.load(open(sys.argv[1]))
bad = []
for record in export["documents"] + export["events"]:
    for key in ("date", "expected_date"):
        d = record.get(key)
        if d is None:
            continue
        parts = d.split("-")
        try:
            datetime.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
            ok = len(parts[0]) == 4
        except ValueError:
            ok = False
        if not ok:
            bad.append(d)
if bad:
    print("dated-articles: invalid dates in the export: " + ", ".join(bad))
    sys.exit(1)
PY
if [ ! -f "$scorer" ]; then
    echo "dated-articles: $scorer not found; score skipped"
    exit 0
fi
python3 "$scorer" "$gold" "$export_json" "$articles" | grep -E "^events|linked" | tee "$report"
python3 - "$report" "$floor_events" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
f1 = float(re.search(r"events .*F1=([0-9.]+)", text).group(1))
linked = re.search(r"linked across all their documents: (\d+)/(\d+)", text)
failed = []
if f1 < float(sys.argv[2]):
    failed.append(f"events F1 {f1:.3f} < {sys.argv[2]}")
if linked and int(linked.group(1)) < int(linked.group(2)):
    failed.append(f"multi-article events linked {linked.group(1)}/{linked.group(2)}")
if failed:
    print("dated-articles: " + "; ".join(failed))
    sys.exit(1)
print("dated-articles: events above floor")
PY
