#!/usr/bin/env bash
# Quality check on the held-out gold (Tests/holdout: BBC articles annotated by
# ../shared/eval/GUIDELINES.md that nobody tunes on, see Tests/holdout/README.md): checks
# the gold file, exports the articles with the given binary, scores them with
# ../shared/eval/score.py, prints the figures and fails below the floors. The floors sit
# a little under today's scores (about 0.02), so they catch a regression without blocking
# work; never tune on this set's misses to raise them.
# usage: Tests/ci/holdout.sh PATH/TO/dossier
set -euo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
cd "$(dirname "$0")/../.."
. Tests/ci/lib/score-gold.sh

# Floors: entities exact F1, linking B3 F1, events F1, share of gold entities kept whole.
# Main at 58b54fc with all 30 articles (the first draw and the second): entities 0.931,
# linking 0.971, events 0.700, kept whole 223/232 (0.961), multi-article events 1/3. The
# events floor sits further down because the set has only 18 events: one event found or
# lost moves events F1 by about 0.055.
floor_entities=0.93
floor_linking=0.95
floor_events=0.64
floor_whole=0.94
# Gold events reported in several articles that one exported event lists whole.
floor_multi=0

gold=Tests/holdout/gold.json
articles=Tests/holdout/articles

python3 Scripts/check-gold.py "$gold" "$articles"
score_gold holdout "$bin" "$gold" "$articles" \
    "$floor_entities" "$floor_linking" "$floor_events" "$floor_whole" "$floor_multi"
