# Sourced by the gold checks (Tests/ci/devgold.sh, Tests/ci/holdout.sh): exports a gold
# set's articles with the binary, never from the analysis cache (a rebuilt binary must be
# scored on its own analysis), scores them with ../shared/eval/score.py (summary only)
# and fails below the floors.
# usage: score_gold NAME BIN GOLD ARTICLES FLOOR_ENTITIES FLOOR_LINKING FLOOR_EVENTS FLOOR_WHOLE FLOOR_MULTI
score_gold() {
    local name="$1" bin="$2" gold="$3" articles="$4"
    local scorer=../shared/eval/score.py
    if [ ! -f "$scorer" ]; then
        echo "$name: $scorer not found; score skipped"
        return 0
    fi
    local export_json report
    export_json="$(mktemp)"
    report="$(mktemp)"
    "$bin" export --no-cache --format json "$articles" > "$export_json"
    python3 "$scorer" "$gold" "$export_json" "$articles" | tee "$report"
    if grep -q "^gold error" "$report"; then
        echo "$name: the scorer reports gold errors"
        rm -f "$export_json" "$report"
        return 1
    fi
    local status=0
    python3 - "$report" "$5" "$6" "$7" "$8" "$9" "$name" <<'PY' || status=1
import re, sys
text = open(sys.argv[1]).read()
name = sys.argv[7]
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
    print(f"{name}: score below floor: " + "; ".join(failed))
    sys.exit(1)
print(f"{name}: scores above floors {floors}, kept whole {share:.3f} >= {sys.argv[5]}, "
      f"multi-article events linked {multi.group(1)}/{multi.group(2)} >= {sys.argv[6]}")
PY
    rm -f "$export_json" "$report"
    return $status
}
