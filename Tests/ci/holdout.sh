#!/usr/bin/env bash
# Quality check on the held-out gold (Tests/holdout: 15 BBC articles annotated by
# ../shared/eval/GUIDELINES.md that nobody tunes on, see Tests/holdout/README.md): checks
# the gold file, exports the articles with the given binary, scores them with
# ../shared/eval/score.py, prints the figures and fails below the floors. The floors sit
# well under today's scores (about 0.05), so they catch a regression without blocking
# work; never tune on this set's misses to raise them.
# usage: Tests/ci/holdout.sh PATH/TO/dossier
set -euo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
cd "$(dirname "$0")/../.."
. Tests/ci/lib/score-gold.sh

# Floors: entities exact F1, linking B3 F1, events F1, share of gold entities kept whole.
# Main at c7cb6eb: entities 0.878, linking 0.957, events 0.745, kept whole 117/124 (0.944),
# multi-article events 0/2. The events floor sits further down because the set has only 7
# events: one event found or lost moves events F1 by about 0.08.
floor_entities=0.83
floor_linking=0.91
floor_events=0.60
floor_whole=0.89
# Gold events reported in several articles that one exported event lists whole.
floor_multi=0

gold=Tests/holdout/gold.json
articles=Tests/holdout/articles

python3 Scripts/check-gold.py "$gold" "$articles"
score_gold holdout "$bin" "$gold" "$articles" \
    "$floor_entities" "$floor_linking" "$floor_events" "$floor_whole" "$floor_multi"
