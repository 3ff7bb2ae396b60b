#!/usr/bin/env bash
# Times `dossier export` on each hostile-input reproducer of issue 10: wall time and peak memory.
#   Scripts/pathological.sh [DOSSIER_BINARY] [TIMEOUT_SECONDS]
set -uo pipefail
cd "$(dirname "$0")/.."
bin="${1:-.build/release/dossier}"
limit="${2:-120}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
python3 Scripts/pathological.py "$dir"
printf '%-28s %10s %10s %s\n' file seconds MB status
for f in "$dir"/*.txt; do
    /usr/bin/time -f '%e %M' -o "$dir/time" timeout "$limit" "$bin" export "$f" > /dev/null 2> "$dir/err"
    status=$?
    read -r secs kb < <(tail -1 "$dir/time")
    printf '%-28s %10s %10s %s\n' "$(basename "$f")" "$secs" "$((kb / 1024))" "$([ $status = 0 ] && echo ok || echo "exit $status")"
done
