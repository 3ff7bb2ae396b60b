#!/usr/bin/env bash
# The analysis cache as the user meets it: written on first open, read on the next, same output;
# --no-cache leaves none; a damaged file gives one notice and is rebuilt; `cache clear` empties it.
set -euo pipefail
bin="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"
mkdir -p "$work/articles"
cp Assets/corpus/* "$work/articles/"
fail() { echo "cache.sh: $*"; exit 1; }

"$bin" export --no-cache --format json "$work/articles" > "$work/plain.json" 2> "$work/err0"
[ -z "$(ls -A "$XDG_CACHE_HOME" 2>/dev/null)" ] || fail "--no-cache wrote a cache"

"$bin" export --format json "$work/articles" > "$work/cold.json" 2> "$work/err1"
file="$(ls "$XDG_CACHE_HOME"/dossier/*.cache)"
[ -s "$file" ] || fail "no cache file after the first open"
"$bin" export --format json "$work/articles" > "$work/warm.json" 2> "$work/err2"
cmp -s "$work/plain.json" "$work/cold.json" || fail "cold export differs from --no-cache"
cmp -s "$work/plain.json" "$work/warm.json" || fail "export from the cache differs"
[ ! -s "$work/err2" ] || fail "warm open printed: $(cat "$work/err2")"

# Damage the middle of the file: one line naming it, the same output, and a healthy file again.
size=$(stat -c %s "$file")
printf 'XXXXXXXX' | dd of="$file" bs=1 seek=$((size / 2)) conv=notrunc status=none
"$bin" export --format json "$work/articles" > "$work/damaged.json" 2> "$work/err3"
[ "$(wc -l < "$work/err3")" -eq 1 ] && grep -q "damaged.*rebuilding" "$work/err3" || fail "no one-line notice: $(cat "$work/err3")"
cmp -s "$work/plain.json" "$work/damaged.json" || fail "export after damage differs"
"$bin" export --format json "$work/articles" > /dev/null 2> "$work/err4"
[ ! -s "$work/err4" ] || fail "cache not rebuilt: $(cat "$work/err4")"

# Two processes opening a changed collection at once leave one whole cache.
echo "Extra article

Nouri al-Maliki spoke in Najaf on Friday." > "$work/articles/extra.txt"
"$bin" export --format json "$work/articles" > "$work/c1.json" 2>&1 &
"$bin" export --format json "$work/articles" > "$work/c2.json" 2>&1 &
wait
"$bin" export --format json "$work/articles" > "$work/c3.json" 2> "$work/err5"
[ ! -s "$work/err5" ] || fail "after concurrent opens: $(cat "$work/err5")"
cmp -s "$work/c1.json" "$work/c3.json" && cmp -s "$work/c2.json" "$work/c3.json" || fail "concurrent opens disagree"

"$bin" cache clear | grep -q "removed 1 cache file" || fail "cache clear"
[ -z "$(ls "$XDG_CACHE_HOME"/dossier/)" ] || fail "cache clear left files"
echo "cache.sh: ok"
