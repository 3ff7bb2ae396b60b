#!/usr/bin/env bash
# End-to-end: the article as laid out in a real terminal. A hard-wrapped file is re-flowed to
# the pane; a line of Vietnamese (combining marks), Devanagari and Japanese wraps between
# grapheme clusters with the pane's border in place; a Markdown heading is drawn bold and a
# list item indented under its bullet, its wrapped line hanging under the item's text.
# usage: Tests/e2e/textlayout.sh PATH/TO/dossier
set -euo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
session="dossier-textlayout-$$"
sock="dossier-textlayout-$$"
work="$(mktemp -d)"
e2e_name="e2e textlayout"
. "$(dirname "$0")/lib/tmux.sh"
cleanup() { t kill-server 2>/dev/null || true; sleep 0.2; rm -rf "$work" 2>/dev/null || true; }
trap cleanup EXIT
checks=0
open_file() {
    t send-keys -t "$session" "$bin $1" Enter
    expect_screen "$2"
}
quit() { t send-keys -t "$session" Q; expect_screen 'e2e$'; t send-keys -t "$session" clear Enter; sleep 0.3; }

mkdir -p "$work"
# Two paragraphs filled to 40 columns by fmt (which aims at 93% of the width).
{
    printf 'Talks resume in Geneva\n\n'
    printf '%s\n' 'The delegations met in Geneva on Tuesday for a third round of talks on the ceasefire, which both sides said had held for most of the past week despite reports of shelling near the front.' | fmt -w 40
    printf '\n'
    printf '%s\n' 'Officials described the session as difficult but useful, and said that a further meeting had been planned for the end of the month if the truce holds.' | fmt -w 40
} >"$work/wrapped.txt"
python3 - "$work/scripts.txt" <<'PY'
import sys, unicodedata
body = ("Thủ tướng Việt Nam phát biểu tại Hà Nội về quan hệ với các nước láng giềng "
        "प्रधानमंत्री ने आज नई दिल्ली में विदेश मंत्रियों से मुलाकात की "
        "日本語のテキストは空白なしで続きます。「引用」も、句読点も正しく折り返されます。")
open(sys.argv[1], "w", encoding="utf-8").write("Scripts\n\n" + unicodedata.normalize("NFD", body) + "\n")
PY
cat >"$work/review.md" <<'TEXT'
# Week in review

The week began with talks in Geneva.
## What was agreed
Both delegations signed the text.

- A ceasefire along the whole of the line of contact, to be watched by observers from many countries
- An exchange of prisoners
TEXT

t new-session -d -s "$session" -x 120 -y 40 "env -i HOME=\"$HOME\" XDG_DATA_HOME=\"$work/data\" XDG_CONFIG_HOME=\"$work/config\" XDG_CACHE_HOME=\"$work/cache\" PATH=\"$PATH\" LANG=C.UTF-8 TERM=xterm-256color PS1='e2e\$ ' bash --norc --noprofile"
expect_screen 'e2e$'

# 1. Re-flow: the source's 40-column lines are joined and re-wrapped to the wider pane.
open_file "$work/wrapped.txt" "Talks resume in Geneva"
screen | grep -qF "met in Geneva on Tuesday for a third round" \
    || fail "hard-wrapped lines are not joined (the file's lines end at 'on' and 'talks')"
screen | grep -qF "Officials described the session as difficult but useful" \
    || fail "the second paragraph is not re-flowed"
# The paragraphs stay apart: a blank row between them, and not run together.
if screen | grep -F "near the front." | grep -qF "Officials"; then fail "two paragraphs run together"; fi
checks=$((checks + 2))
quit

# 2. Clusters: every word whole on one row, the accents kept, the pane's border in one column.
open_file "$work/scripts.txt" "Scripts"
screen | python3 -c '
import sys, unicodedata
rows = sys.stdin.read().split("\n")
def cells(s):
    n = 0
    for ch in s:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"): continue
        n += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return n
words = "Thủ tướng Việt Nam phát biểu tại Hà Nội về quan hệ với các nước láng giềng प्रधानमंत्री दिल्ली मंत्रियों मुलाकात".split()
shown = [unicodedata.normalize("NFC", r) for r in rows]
missing = [w for w in words if not any(w in r for r in shown)]
if missing: sys.exit("words cut or accents lost: %s" % missing)
# The sidebar border: where the title row has it, every row of the article has it.
border = lambda r: [cells(r[:i]) for i, ch in enumerate(r) if ch == "\u2502"]
want = border(rows[1])
bad = [r for r in rows[1:] if r.count("\u2502") >= 2 and border(r) != want]
if bad: sys.exit("border out of place on: %r" % bad[0])
if not any("テキスト" in r for r in shown) or any(r.split("\u2502")[1].lstrip().startswith("。") for r in rows[1:] if r.count("\u2502") >= 2):
    sys.exit("Japanese line missing or a row starts with 。")
' || fail "grapheme clusters: see above"
checks=$((checks + 2))
quit

# 3. Markdown: the heading bold (capture-pane -e), the list item indented under its bullet.
open_file "$work/review.md" "What was agreed"
t capture-pane -p -e -t "$session" | python3 -c '
import re, sys
rows = sys.stdin.read().split("\n")
row = next(r for r in rows if "What was agreed" in r)
before = row[:row.index("What was agreed")]
sgr = re.findall(r"\x1b\[([0-9;]*)m", before)
# The last reset before the heading is followed by a bold (1) that is still on.
last_reset = max([i for i, p in enumerate(sgr) if p in ("", "0")] + [-1])
if not any("1" in p.split(";") for p in sgr[last_reset + 1:]): sys.exit("heading not bold: %r" % row)
body = next(r for r in rows if "Both delegations" in r)
plain = lambda r: re.sub(r"\x1b\[[0-9;]*m", "", r)
if "Both delegations" in row: sys.exit("heading and text on one row")
' || fail "Markdown heading is not bold"
screen | python3 -c '
import sys
rows = sys.stdin.read().split("\n")
col = lambda needle: next(r.index(needle) for r in rows if needle in r)
body, bullet, item = col("Both delegations"), col("• A ceasefire"), col("A ceasefire")
hang = col("watched by observers") if any("watched by observers" in r for r in rows) else col("from many countries")
if bullet != body: sys.exit("the bullet is not at the text margin (%d vs %d)" % (bullet, body))
if item != body + 2: sys.exit("the item text is not indented after its bullet")
if hang != item: sys.exit("the wrapped line does not hang under the item text (%d vs %d)" % (hang, item))
if col("• An exchange of prisoners") != body: sys.exit("second item")
' || fail "Markdown list item is not indented"
checks=$((checks + 2))
quit

echo "e2e textlayout: $checks checks passed"
