#!/usr/bin/env bash
# Fuzzes the whole analysis for N minutes with seeded mutations of the seed articles, the
# hostile inputs and a sample of the BBC corpus: every input is decoded, analysed and
# exported, and the export checked (valid JSON, offsets in the text, calendar dates, no raw
# C1/bidi controls). A crash keeps its input, a hang (> 2 s per 100 KB) or invalid output
# is written to OUT; each becomes a regression test (Tests/ReaderModelTests/FuzzRegressionTests.swift).
#   Scripts/fuzz.sh [MINUTES] [SEED] [OUT]   (release build: swift build -c release)
set -uo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-10}"
seed="${2:-$(date +%s)}"
out="${3:-fuzz-out}"
bin="${DOSSIER:-.build/release/dossier}"
corpus=()
[ -d ../shared/corpora/bbc-news ] && corpus=(--corpus ../shared/corpora/bbc-news)
end=$(( $(date +%s) + minutes * 60 ))
status=0
# Runs of a minute each, seeds counting up, so a crash costs one minute and is named by its seed.
while [ "$(date +%s)" -lt "$end" ]; do
    left=$(( end - $(date +%s) ))
    run=$(( left < 60 ? left : 60 ))
    [ "$run" -le 0 ] && break
    "$bin" fuzz --seconds "$run" --seed "$seed" --out "$out" "${corpus[@]}"
    code=$?
    if [ $code -gt 3 ] || [ $code = 2 ]; then
        echo "fuzz: crash (status $code) with seed $seed; input kept as $out/crash-$seed.txt"
        [ -f "$out/current.txt" ] && mv "$out/current.txt" "$out/crash-$seed.txt"
        status=1
    elif [ $code != 0 ]; then
        status=1
    fi
    seed=$(( seed + 1 ))
done
exit $status
