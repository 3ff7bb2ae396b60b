#!/usr/bin/env bash
# A short seeded fuzz run of the whole analysis (see Scripts/fuzz.sh): no crash, no hang,
# no invalid output on 45 seconds of mutated seed articles and hostile inputs.
#   Tests/ci/fuzz.sh DOSSIER_BINARY
set -uo pipefail
bin="$1"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$bin" fuzz --seconds 45 --seed 20261122 --out "$out"
code=$?
if [ $code != 0 ]; then
    echo "fuzz: FAIL (status $code); inputs:"; ls "$out"
    exit 1
fi
