#!/usr/bin/env bash
# End-to-end: text as written. A CR-only file shows its title line alone (the body is not
# run into it), and "Café" written with a combining accent keeps its accent on screen.
# usage: Tests/e2e/text.sh PATH/TO/dossier
set -euo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
session="dossier-text-$$"
sock="dossier-text-$$"
work="$(mktemp -d)"
e2e_name="e2e text"
. "$(dirname "$0")/lib/tmux.sh"
cleanup() { t kill-server 2>/dev/null || true; sleep 0.2; rm -rf "$work" 2>/dev/null || true; }
trap cleanup EXIT

# One article, lines ended by CR alone (old Mac files), with a decomposed "Café".
mkdir -p "$work/corpus"
printf 'Ceasefire talks resume in Geneva\r\rOfficials from Ukraine met at the Cafe\xcc\x81 Central in Geneva on Tuesday.\r\rThe talks were described as difficult.\r' >"$work/corpus/cr-only.txt"

t new-session -d -s "$session" -x 120 -y 40 "env -i HOME=\"$HOME\" XDG_DATA_HOME=\"$work/data\" XDG_CONFIG_HOME=\"$work/config\" XDG_CACHE_HOME=\"$work/cache\" PATH=\"$PATH\" LANG=C.UTF-8 TERM=xterm-256color PS1='e2e\$ ' bash --norc --noprofile"
expect_screen 'e2e$'
t send-keys -t "$session" "$bin $work/corpus" Enter
expect_screen "Ceasefire talks resume in Geneva"
expect_screen "Officials from Ukraine"

# The title line stands alone: no screen row runs the title into the body.
if screen | grep -qE 'Geneva ?Officials'; then fail "CR-only file: the body runs into the title"; fi
if screen | grep -F "Officials from Ukraine" | grep -qF "Ceasefire talks"; then fail "CR-only file: title and body on one row"; fi
# The body's paragraphs are separate rows too.
if screen | grep -F "Officials from Ukraine" | grep -qF "The talks were described"; then fail "CR-only file: paragraphs run together"; fi
expect_screen "The talks were described as difficult."

# The combining accent survives (on screen as e + U+0301 or as é; both read "Café").
screen | python3 -c 'import sys, unicodedata; s = unicodedata.normalize("NFC", sys.stdin.read()); sys.exit(0 if "Caf\u00e9 Central" in s else 1)' \
    || fail "the combining accent of Café is lost"

t send-keys -t "$session" Q
expect_screen 'e2e$'
echo "e2e text: 5 checks passed"
