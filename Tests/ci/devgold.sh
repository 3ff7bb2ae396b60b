#!/usr/bin/env bash
# Quality check on the development gold (Tests/devgold: BBC articles annotated by
# ../shared/eval/GUIDELINES.md, see Tests/devgold/README.md): checks the gold file itself,
# exports the articles with the given binary, scores them with ../shared/eval/score.py
# and fails below the floors. The floors sit a little under today's scores; raise them
# when the analysis improves (and write the new figures in BENCHMARKS.md).
# usage: Tests/ci/devgold.sh PATH/TO/dossier
set -euo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
cd "$(dirname "$0")/../.."

# Floors: entities exact F1, linking B3 F1, events F1, share of gold entities kept whole.
floor_entities=0.965
floor_linking=0.985
floor_events=0.80
floor_whole=0.97
# Gold events reported in several articles that one exported event lists whole.
floor_multi=3

gold=Tests/devgold/gold.json
articles=Tests/devgold/articles
scorer=../shared/eval/score.py

python3 Scripts/check-gold.py "$gold" "$articles"
# The checker itself must refuse a broken gold: a form that is not in its article, an id
# with two types, an impossible event date.
broken="$(mktemp)"
for mutation in form type date; do
    python3 - "$gold" "$broken" "$mutation" <<'PY'
import json, sys
gold = json.load(open(sys.argv[1], encoding="utf-8"))
docs = list(gold["documents"].values())
if sys.argv[3] == "form":
    docs[0]["entities"][0]["forms"].append("Zqxj Nowhere")
elif sys.argv[3] == "type":
    e = docs[0]["entities"][0]
    docs[1]["entities"].append({"id": e["id"], "type": "place" if e["type"] != "place" else "person",
                                "forms": docs[1]["entities"][0]["forms"]})
else:
    gold["events"][0]["date"] = "2005-02-30"
json.dump(gold, open(sys.argv[2], "w", encoding="utf-8"))
PY
    if python3 Scripts/check-gold.py "$broken" "$articles" > /dev/null; then
        rm -f "$broken"
        echo "devgold: check-gold.py accepted a gold with a broken $mutation"
        exit 1
    fi
done
rm -f "$broken"
if [ ! -f "$scorer" ]; then
    echo "devgold: $scorer not found; score skipped"
    exit 0
fi
export_json="$(mktemp)"
report="$(mktemp)"
trap 'rm -f "$export_json" "$report"' EXIT
"$bin" export --format json "$articles" > "$export_json"
python3 "$scorer" "$gold" "$export_json" "$articles" | tee "$report"
if grep -q "^gold error" "$report"; then
    echo "devgold: the scorer reports gold errors"
    exit 1
fi
python3 - "$report" "$floor_entities" "$floor_linking" "$floor_events" "$floor_whole" "$floor_multi" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
floors = {"entities": float(sys.argv[2]), "linking": float(sys.argv[3]), "events": float(sys.argv[4])}
last = text.strip().splitlines()[-1]
scores = {k: float(v) for k, v in re.findall(r"(entities|linking|events) F1=([0-9.]+)", last)}
failed = [f"{k} F1 {scores.get(k, 0.0):.3f} < {v}" for k, v in floors.items() if scores.get(k, 0.0) < v]
whole = re.search(r"gold entities kept whole: (\d+)/(\d+)", text)
share = int(whole.group(1)) / int(whole.group(2)) if whole and int(whole.group(2)) else 0.0
if share < float(sys.argv[5]):
    failed.append(f"entities kept whole {share:.3f} < {sys.argv[5]}")
multi = re.search(r"events linked across all their documents: (\d+)/(\d+)", text)
if not multi or int(multi.group(1)) < int(sys.argv[6]):
    failed.append(f"multi-article events linked {multi.group(1) if multi else '?'} < {sys.argv[6]}")
if failed:
    print("devgold: score below floor: " + "; ".join(failed))
    sys.exit(1)
print(f"devgold: scores above floors {floors}, kept whole {share:.3f} >= {sys.argv[5]}")
PY
