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
. Tests/ci/lib/score-gold.sh

# Floors: entities exact F1, linking B3 F1, events F1, share of gold entities kept whole.
floor_entities=0.955
floor_linking=0.985
floor_events=0.88
floor_whole=0.97
# Gold events reported in several articles that one exported event lists whole.
floor_multi=5

gold=Tests/devgold/gold.json
articles=Tests/devgold/articles

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
score_gold devgold "$bin" "$gold" "$articles" \
    "$floor_entities" "$floor_linking" "$floor_events" "$floor_whole" "$floor_multi"
