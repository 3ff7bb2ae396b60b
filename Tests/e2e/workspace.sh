#!/usr/bin/env bash
# End-to-end: the analyst's workspace, with XDG_* pointing at temporary folders.
# A corrections file (a merge, a reject, a retype) shows in the export and on the card;
# an article read, quit, restart: the same article open at the same place, no longer unread;
# `v v` lists only the starred article; `bind x quit` in the config file makes x quit.
# usage: Tests/e2e/workspace.sh PATH/TO/dossier
set -euo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root="$(cd "$(dirname "$0")/../.." && pwd)"
session="dossier-ws-$$"
sock="dossier-ws-$$"
work="$(mktemp -d)"
e2e_name="e2e workspace"
. "$(dirname "$0")/lib/tmux.sh"
cleanup() { t kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

screen_line() { t capture-pane -p -t "$session" | sed -n "${1}p"; }

mkdir -p "$work/data" "$work/config/dossier" "$work/cache"
cp -R "$root/Assets/corpus" "$work/articles"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
passed=0

# 1. Corrections: a merge, a reject and a retype, each visible in the export.
mkdir -p "$work/articles/.dossier"
cat > "$work/articles/.dossier/corrections.txt" <<'CORR'
# the analyst's corrections
merge: Qassem Soleimani | Abu Mahdi al-Muhandis
reject: The Cradle
type: pentagon = place
reject: Nobody Of That Name
CORR
"$bin" export --format json "$work/articles" > "$work/export.json" 2> "$work/export.err"
python3 - "$work/export.json" <<'PY' || fail "export does not show the corrections"
import json, sys
export = json.load(open(sys.argv[1]))
by_name = {e["name"]: e for e in export["entities"]}
soleimani = by_name["Qassem Soleimani"]
assert "Abu Mahdi al-Muhandis" in soleimani["aliases"], soleimani["aliases"]
assert "Abu Mahdi al-Muhandis" not in by_name, "merged entity still separate"
assert "The Cradle" not in by_name and not any("The Cradle" in e["aliases"] for e in export["entities"]), "rejected entity exported"
assert by_name["Pentagon"]["type"] == "place", by_name["Pentagon"]["type"]
PY
grep -qF ".dossier/corrections.txt:5: no entity named 'Nobody Of That Name'" "$work/export.err" || fail "unmatched line not reported: $(cat "$work/export.err")"
"$bin" entities --type place "$work/articles" > "$work/places.txt" 2>/dev/null
grep -q "^Pentagon " "$work/places.txt" || fail "entities does not show the retype"
passed=$((passed + 1))

start_reader() {
    t new-session -d -s "$session" -x 120 -y 40 "env -i HOME=\"$HOME\" PATH=\"$PATH\" TERM=xterm-256color LANG=C.UTF-8 XDG_DATA_HOME=\"$XDG_DATA_HOME\" XDG_CONFIG_HOME=\"$XDG_CONFIG_HOME\" XDG_CACHE_HOME=\"$XDG_CACHE_HOME\" PS1='e2e\$ ' bash --norc --noprofile"
    t set-option -t "$session" window-size manual >/dev/null 2>&1 || true
    expect_screen 'e2e$'
}
start_reader

# 2. The card of the merged entity says a correction applied.
t send-keys -t "$session" "$bin $work/articles" Enter
expect_screen "document 1 of 5"
t send-keys -t "$session" S s o l e i m a n i  # S: search all articles
expect_screen "Qassem Soleimani — person"
t send-keys -t "$session" Enter
expect_screen "CORRECTED"
expect_screen "line 2: merge: Qassem Solei"
passed=$((passed + 1))

# 3. Read the third article some way down, star it, quit; restart: same article, same place, read.
t send-keys -t "$session" 1 g j j Enter
expect_screen "document 3 of 5"
t send-keys -t "$session" C-d C-d
sleep 0.3
top_before="$(screen_line 2 | cut -c23-86)"
[ -n "${top_before// /}" ] || fail "no article text at the top"
t send-keys -t "$session" '*' q
expect_screen 'e2e$'
state_file="$(ls "$XDG_DATA_HOME"/dossier/collections/*/state)"
grep -q "^last	" "$state_file" || fail "no last place in $state_file"
t send-keys -t "$session" clear Enter "$bin $work/articles" Enter
expect_screen "document 3 of 5"
sleep 0.3
top_after="$(screen_line 2 | cut -c23-86)"
[ "$top_before" = "$top_after" ] || fail "not at the same place: '$top_before' then '$top_after'"
# The list row where the third article's title begins (titles take two rows or more).
row="$(t capture-pane -p -t "$session" | grep -m1 "An Iraqi")"
case "$row" in
    "•"*) fail "the article read is still marked unread: $row" ;;
    "*"*) ;;
    *) fail "the starred article has no star: $row" ;;
esac
# Articles never opened are still unread.
t capture-pane -p -t "$session" | grep -m1 "Response to US" | grep -q "^•" || fail "an unopened article lost its unread mark"
# v v: only the starred article is listed, and the title bar counts the stars.
t send-keys -t "$session" 1 v v
expect_screen "showing starred"
expect_screen "· 1 starred"
list_pane="$(t capture-pane -p -t "$session" | sed -n '2,39p' | cut -c1-20)"
echo "$list_pane" | grep -q "An Iraqi" || fail "the starred article is not listed: $list_pane"
echo "$list_pane" | grep -q "Response to US" && fail "an unstarred article is listed: $list_pane"
[ "$(echo "$list_pane" | grep -c '^[*•] ')" = 1 ] || fail "not one article listed: $list_pane"
t send-keys -t "$session" v
expect_screen "all 5 articles"
t send-keys -t "$session" q
expect_screen 'e2e$'
passed=$((passed + 1))

# 4. `bind x quit` in the configuration file makes x quit; a bad line is reported with its number.
printf '# keys\nbind x quit\nbind y fly\n' > "$XDG_CONFIG_HOME/dossier/config"
t send-keys -t "$session" clear Enter "$bin $work/articles; echo rc=\$?" Enter
expect_screen "document 3 of 5"
expect_screen "config:3: unknown action 'fly'"
# The help lists the binding in force.
t send-keys -t "$session" '?'
expect_screen "YOUR KEYS (config)"
t send-keys -t "$session" q
sleep 0.3
t send-keys -t "$session" x
expect_screen "rc=0"
expect_screen "dossier: $XDG_CONFIG_HOME/dossier/config:3: unknown action 'fly'"
# -C FILE is read instead; without the binding, x does nothing and q still quits.
printf 'set wrap-width 40\n' > "$work/other-config"
t send-keys -t "$session" clear Enter "$bin -C $work/other-config $work/articles; echo rc=\$?" Enter
expect_screen "document 3 of 5"
t send-keys -t "$session" x
sleep 0.5
t capture-pane -p -t "$session" | grep -qF "rc=0" && fail "x quit without the binding"
t send-keys -t "$session" q
expect_screen "rc=0"
# Into a file: grep -q would stop reading early and, with pipefail, a late write's SIGPIPE fails the check.
"$bin" --dump-config > "$work/dump.txt"
grep -q "^bind Q quit" "$work/dump.txt" || fail "--dump-config does not list the quit binding"
passed=$((passed + 1))

# 5. Hand-off: e opens $EDITOR at the line, O opens a link with $BROWSER, | pipes the article;
# the reader comes back each time.
printf '\nMore at https://example.org/report.html today.\n' >> "$work/articles/000_e73bed0ed0744347.txt"
printf '#!/bin/sh\necho "$*" > "%s/editor.out"\n' "$work" > "$work/editor.sh"
printf '#!/bin/sh\necho "$1" > "%s/browser.out"\n' "$work" > "$work/browser.sh"
chmod +x "$work/editor.sh" "$work/browser.sh"
: > "$XDG_CONFIG_HOME/dossier/config"
t send-keys -t "$session" clear Enter "EDITOR=$work/editor.sh BROWSER=$work/browser.sh $bin $work/articles; echo rc=\$?" Enter
expect_screen "document 3 of 5"
t send-keys -t "$session" 1 g Enter e
expect_screen "back from $work/editor.sh"
grep -qx "+1 $work/articles/000_e73bed0ed0744347.txt" "$work/editor.out" || fail "editor not called with +LINE FILE: $(cat "$work/editor.out")"
t send-keys -t "$session" O
expect_screen "opened https://example.org/report.html"
grep -qx "https://example.org/report.html" "$work/browser.out" || fail "browser not called with the link"
t send-keys -t "$session" '|' 'grep -c Soleimani' Enter
expect_screen "press Enter to return"
t send-keys -t "$session" Enter
expect_screen "'grep -c Soleimani' ended with status 0"
expect_screen "document 1 of 5"
t send-keys -t "$session" q
expect_screen "rc=0"
passed=$((passed + 1))

echo "e2e workspace: $passed passed, 0 failed"
