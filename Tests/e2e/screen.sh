#!/usr/bin/env bash
# End-to-end: what a user sees on the reader's screen, read with its colours and
# attributes (tmux capture-pane -e): entity colours on 256- and 8-colour terminals and
# attributes under NO_COLOR, keys that close the innermost view, help, search scopes,
# the article list, text as written, mouse, progress and exit statuses.
# usage: Tests/e2e/screen.sh PATH/TO/dossier
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
session="dossier-screen-$$"
sock="dossier-screen-$$-0"
shells=0
work="$(mktemp -d)"
e2e_name="e2e screen"
. "$here/lib/tmux.sh"
cleanup() { t kill-server 2>/dev/null || true; sleep 0.2; rm -rf "$work" 2>/dev/null || true; }
trap cleanup EXIT
passed=0

# Waits until a string is gone from the screen.
expect_gone() {
    for _ in $(seq 1 50); do
        if ! t capture-pane -p -t "$session" | grep -qF -- "$1"; then return 0; fi
        sleep 0.1
    done
    fail "expected gone from screen: $1"
}

# The look (fg, bg, attributes) of the first cell of TEXT on screen.
look() { t capture-pane -e -p -t "$session" | python3 "$here/lib/sgr.py" "$1"; }

# A shell in a fresh tmux window of the given size, with a clean environment plus extras.
start_shell() {
    # A new server each time: a killed one takes a moment to go.
    t kill-server 2>/dev/null || true
    shells=$((shells + 1))
    sock="dossier-screen-$$-$shells"
    t new-session -d -s "$session" -x "$1" -y "$2" "env -i HOME=\"$HOME\" XDG_DATA_HOME=\"$work/xdg-$shells/data\" XDG_CONFIG_HOME=\"$work/xdg-$shells/config\" XDG_CACHE_HOME=\"$work/xdg-$shells/cache\" PATH=\"$PATH\" LANG=C.UTF-8 ${3:-TERM=xterm-256color} PS1='e2e\$ ' bash --norc --noprofile"
    t set-option -t "$session" window-size manual >/dev/null 2>&1 || true
    expect_screen 'e2e$'
}

quit_reader() {
    t send-keys -t "$session" Q
    expect_screen 'e2e$'
}

# --- 1. Colours by entity type -------------------------------------------------------
# 256 colours: each type has its own foreground colour; the key in the status line matches.
start_shell 120 40
t send-keys -t "$session" "$bin" Enter
expect_screen "Mobilization Forces (PMF)"
org="$(look "Mobilization Forces (PMF)")"
place="$(look "Baghdad.")"
person="$(look "Abdul Latif Jamal")"
plain="$(look "semi-official")"
other="$(look "other ?:help")"
fg() { sed -E 's/^fg=([^ ]*) .*/\1/' <<<"$1"; }
for v in "$org" "$place" "$person" "$other"; do
    [[ "$(fg "$v")" =~ ^[0-9]+$ ]] || fail "xterm-256color: an entity type has no colour: $v"
done
[ "$(fg "$plain")" = default ] || fail "plain text is coloured: $plain"
distinct="$(printf '%s\n' "$(fg "$org")" "$(fg "$place")" "$(fg "$person")" "$(fg "$other")" | sort -u | wc -l)"
[ "$distinct" = 4 ] || fail "xterm-256color: types share colours: person=$person org=$org place=$place other=$other"
[ "$(look "person organization")" = "$person" ] || fail "legend person differs from person mentions"
[ "$(look "organization place")" = "$org" ] || fail "legend organization differs from organization mentions"
[ "$(look "place other")" = "$place" ] || fail "legend place differs from place mentions"
passed=$((passed + 1))

# The jumped-to sentence and search hits are backgrounds: visible in colour.
t send-keys -t "$session" t
expect_screen "TIMELINE"
t send-keys -t "$session" Enter
expect_screen "[ARTICLE]"
# Two backgrounds: the unfocused list's selected row and the sentence jumped to.
backgrounds="$(t capture-pane -e -p -t "$session" | python3 "$here/lib/sgr.py" --backgrounds)"
[ "$(wc -w <<<"$backgrounds")" -ge 2 ] || fail "no background colour for the jumped-to sentence and the unfocused selection: '$backgrounds'"
quit_reader
passed=$((passed + 1))

# 8 colours (TERM=xterm): still four distinct colours.
start_shell 120 40 "TERM=xterm"
t send-keys -t "$session" "$bin" Enter
expect_screen "Mobilization Forces (PMF)"
org8="$(look "Mobilization Forces (PMF)")"; place8="$(look "Baghdad.")"; person8="$(look "Abdul Latif Jamal")"; other8="$(look "other ?:help")"
distinct="$(printf '%s\n' "$(fg "$org8")" "$(fg "$place8")" "$(fg "$person8")" "$(fg "$other8")" | grep -E '^[0-7]$' | sort -u | wc -l)"
[ "$distinct" = 4 ] || fail "xterm (8 colours): types not four distinct colours: $person8 / $org8 / $place8 / $other8"
quit_reader
passed=$((passed + 1))

# NO_COLOR: no colour at all, and each type its own attribute.
start_shell 120 40 "TERM=xterm-256color NO_COLOR=1"
t send-keys -t "$session" "$bin" Enter
expect_screen "Mobilization Forces (PMF)"
if t capture-pane -e -p -t "$session" | grep -qE $'\x1b\\[[0-9;]*(3[0-7]|38;5|4[0-7]|48;5)[;m]'; then fail "NO_COLOR: colour sequences on screen"; fi
attrs() { sed -E 's/.*attrs=//' <<<"$1"; }
a_org="$(attrs "$(look "Mobilization Forces (PMF)")")"; a_place="$(attrs "$(look "Baghdad.")")"
a_person="$(attrs "$(look "Abdul Latif Jamal")")"; a_other="$(attrs "$(look "other ?:help")")"
distinct="$(printf '%s\n' "$a_org" "$a_place" "$a_person" "$a_other" | grep -v '^none$' | sort -u | wc -l)"
[ "$distinct" = 4 ] || fail "NO_COLOR: types do not have four distinct attributes: $a_person / $a_org / $a_place / $a_other"
quit_reader
passed=$((passed + 1))

# --- 2. Keys and help ---------------------------------------------------------------
start_shell 80 24
t send-keys -t "$session" "$bin" Enter
expect_screen "document 1 of 5"
# Help is whole at 80×24: the last keys and the colour key are on screen, nothing to scroll.
t send-keys -t "$session" '?'
expect_screen "KEYS — q or ? closes"
for s in "Q Ctrl-C" "close view, or quit" "Ctrl-L Ctrl-Z" "Space Ctrl-f" "not opened yet" "in 4 more articles" "person organization place other" "where a jump landed"; do
    expect_screen "$s"
done
if t capture-pane -p -t "$session" | grep -qF "j k scroll"; then fail "help does not fit at 80×24"; fi
t send-keys -t "$session" q
expect_gone "KEYS — q or ? closes"
passed=$((passed + 1))

# At 60×16 help says it scrolls, and j/G reach its last rows.
quit_reader
start_shell 60 16
t send-keys -t "$session" "$bin" Enter
expect_screen "?:help"
t send-keys -t "$session" '?'
expect_screen "j k scroll"
refuse_screen "where a jump landed"
t send-keys -t "$session" j
expect_screen "rows 2–"
t send-keys -t "$session" G
expect_screen "where a jump landed"
expect_screen "person organization place other"
t send-keys -t "$session" q
expect_gone "KEYS — q or ? closes"
quit_reader
start_shell 80 24
t send-keys -t "$session" "$bin" Enter
expect_screen "document 1 of 5"
passed=$((passed + 1))

# q on an entity card returns to the reader; q again quits.
t send-keys -t "$session" 2 ']' Enter
expect_screen "ARTICLES"
expect_screen "[SIDEBAR]"
t send-keys -t "$session" q
expect_screen "[ARTICLE]"
expect_screen "card closed"
expect_screen "ACTORS"
passed=$((passed + 1))

# An escape sequence curses does not know (Home as ESC [ 1 ~) is one key, not Esc, [, 1, ~.
status() { t capture-pane -p -t "$session" | tail -1; }
t send-keys -t "$session" g
expect_gone "card closed"
top="$(status)"
t send-keys -t "$session" j j j j j j
for _ in $(seq 1 50); do [ "$(status)" != "$top" ] && break; sleep 0.1; done
[ "$(status)" != "$top" ] || fail "j did not scroll the article"
t send-keys -t "$session" -l $'\e[1~'
for _ in $(seq 1 50); do [ "$(status)" = "$top" ] && break; sleep 0.1; done
[ "$(status)" = "$top" ] || fail "ESC [ 1 ~ was not read as Home: $(status)"
# Alt-] (ESC ]) does not step to a mention.
t send-keys -t "$session" -l $'\e]'
sleep 0.3
[ "$(status)" = "$top" ] || fail "Alt-] acted as keys: $(status)"
passed=$((passed + 1))

# Mouse (SGR reports): a double click on the third article opens it; the wheel scrolls the article.
third="$(t capture-pane -p -t "$session" | grep -n "An Iraqi" | head -1 | cut -d: -f1)"
[ -n "$third" ] || fail "the third article is not in the list"
t send-keys -t "$session" -l $'\e[<0;4;'"$third"$'M\e[<0;4;'"$third"$'m\e[<0;4;'"$third"$'M\e[<0;4;'"$third"$'m'
expect_screen "document 3 of 5"
expect_screen "[ARTICLE]"
sleep 0.4
before="$(status)"
t send-keys -t "$session" -l $'\e[<65;40;10M'
sleep 0.3
t send-keys -t "$session" -l $'\e[<65;40;10M'
for _ in $(seq 1 50); do [ "$(status)" != "$before" ] && break; sleep 0.1; done
[ "$(status)" != "$before" ] || fail "the wheel did not scroll the article"
quit_reader
passed=$((passed + 1))

# --- 3. Search scopes ---------------------------------------------------------------
start_shell 120 40
t send-keys -t "$session" "$bin" Enter
expect_screen "document 1 of 5"
# / while reading article 3 finds text in article 3 and stays there, with a counter.
t send-keys -t "$session" j j Enter
expect_screen "document 3 of 5"
t send-keys -t "$session" / t r o o p s
expect_screen "/troops▏"
for _ in $(seq 1 50); do t capture-pane -p -t "$session" | tail -1 | grep -qE "^/troops▏ +1/[0-9]+" && break; sleep 0.1; done
t capture-pane -p -t "$session" | tail -1 | grep -qE "^/troops▏ +1/[0-9]+" || fail "no live counter while typing /troops"
t send-keys -t "$session" Enter
expect_screen "/troops 1/"
expect_screen "document 3 of 5"
t send-keys -t "$session" n
expect_screen "/troops 2/"
expect_screen "document 3 of 5"
# The matches on screen are highlighted (a background colour).
[ -n "$(t capture-pane -e -p -t "$session" | python3 "$here/lib/sgr.py" --backgrounds)" ] || fail "search matches not highlighted"
passed=$((passed + 1))

# S searches the collection: entities, then one row per article with its hits, the true total.
t send-keys -t "$session" S t r o o p s
expect_screen "articles for “troops”"
expect_screen " hits"
t send-keys -t "$session" Escape
expect_gone "articles for “troops”"
# ↑ recalls the last search.
t send-keys -t "$session" / Up
expect_screen "/troops▏"
t send-keys -t "$session" Escape
expect_gone "/troops▏"
quit_reader
passed=$((passed + 1))

# --- 4. The article list -------------------------------------------------------------
# At 120×40 the selected seed article's title is readable whole in the list.
start_shell 120 40
t send-keys -t "$session" "$bin" Enter
expect_screen "document 1 of 5"
title="$(grep -m1 -v '^[[:space:]]*$' "$here/../../Assets/corpus/000_e73bed0ed0744347.txt" | sed 's/^#* *//' | tr -s ' ')"
width="$(python3 -c "print(max(14, 120 * 2 // 11))")"
list_text="$(t capture-pane -p -t "$session" | tail -n +2 | head -n 38 | python3 -c "
import sys
print(' '.join(line[:$width].replace('•', ' ').strip() for line in sys.stdin.read().split('\n')))" | tr -s ' ')"
grep -qF -- "$title" <<<"$list_text" || fail "the first title is not whole in the list: '$title' not in '$list_text'"
# Sort by date and filter as you type.
t send-keys -t "$session" o
expect_screen "articles by date, newest first"
t send-keys -t "$session" '&' s o v e r
expect_screen "of 5 articles  Enter: keep"
t send-keys -t "$session" Enter
expect_screen "· 1 of 5 articles"
t send-keys -t "$session" : 4 Enter
expect_screen "document 4 of 5"
quit_reader
passed=$((passed + 1))

# --- 5. Folders fold ----------------------------------------------------------------------
# A collection in two folders at 80×24: Enter on a header folds it (its count stays), Z folds
# and opens every folder, :N opens the folder of article N; the status line explains the marks.
mkdir -p "$work/col/alpha" "$work/col/beta"
printf 'Alpha harbour report\n\nThe harbour in Basra reopened on Monday.\n' > "$work/col/alpha/1.txt"
printf 'Alpha market report\n\nTraders in Basra said prices rose.\n' > "$work/col/alpha/2.txt"
printf 'Beta school report\n\nSchools in Mosul reopened.\n' > "$work/col/beta/1.txt"
start_shell 80 24
t send-keys -t "$session" "$bin $work/col" Enter
expect_screen "document 1 of 3"
expect_screen "▾ alpha (2)"
expect_screen "▾ beta (1)"
expect_screen "• unread  * starred"
t send-keys -t "$session" k Enter
expect_screen "▸ alpha (2)"
# The list's column (the related list in the sidebar names the titles too).
list_column() { t capture-pane -p -t "$session" | tail -n +2 | cut -c1-13; }
list_column | grep -qF "Alpha" && fail "a folded folder's titles are still listed"
# The folded header carries the cursor: drawn unlike the other header.
[ "$(look "▸ alpha (2)")" != "$(look "▾ beta (1)")" ] || fail "the folded header under the cursor is not highlighted: $(look "▸ alpha (2)")"
t send-keys -t "$session" Z
expect_screen "▸ beta (1)"
expect_screen "2 folders folded"
list_column | grep -qF "Beta" && fail "a folded folder's titles are still listed"
t send-keys -t "$session" : 3 Enter
expect_screen "document 3 of 3"
expect_screen "▾ beta (1)"
expect_screen "▸ alpha (2)"
# Z folds every folder while one is open, then opens them all.
t send-keys -t "$session" 1 Z
expect_screen "2 folders folded"
t send-keys -t "$session" Z
expect_screen "2 folders opened"
list_column | grep -qF "Alpha" || fail "Z did not open the folders"
# Help explains the marks and the folding keys.
t send-keys -t "$session" '?'
expect_screen "KEYS — q or ? closes"
for s in "fold folder / all" "folded / open folder" "starred; has a note" "not opened yet"; do expect_screen "$s"; done
if t capture-pane -p -t "$session" | grep -qF "j k scroll"; then fail "help does not fit at 80×24"; fi
t send-keys -t "$session" q
quit_reader
passed=$((passed + 1))

# --- 7. Start-up progress and exit statuses ----------------------------------------------
# Signals end the reader with 128 + N, the terminal restored.
for sig in INT:130 TERM:143 HUP:129; do
    start_shell 100 30
    t send-keys -t "$session" "$bin; echo rc=\$?" Enter
    expect_screen "document 1 of 5"
    pkill "-${sig%%:*}" -P "$(t display-message -p -t "$session" '#{pane_pid}')" -x dossier
    expect_screen "rc=${sig##*:}"
    t send-keys -t "$session" 'echo "MODE=$(stty -a | tr " ;" "\n\n" | grep -x -- "-\?icanon")"' Enter
    expect_screen "MODE=icanon"
done
passed=$((passed + 1))

# A large collection opens before it is analysed: the list and the first article at once,
# the analysis's progress in the status line, the timeline waiting for it.
bbc="$here/../../../shared/corpora/bbc-news"
if [ -d "$bbc" ]; then
    start_shell 120 40
    t send-keys -t "$session" "$bin --no-cache $bbc" Enter
    for _ in $(seq 1 600); do t capture-pane -p -t "$session" | grep -qF "document 1 of 209" && break; sleep 0.1; done
    expect_screen "document 1 of 209"
    t capture-pane -p -t "$session" | tail -n 1 | grep -qE "analysing [0-9,]+/[0-9,]+|linking entities|weighing related" \
        || fail "the first screen shows no analysis progress"
    t send-keys -t "$session" t
    expect_screen "the timeline: still"
    quit_reader
    passed=$((passed + 1))
else
    echo "e2e screen: $bbc not found; progress check skipped"
fi

echo "e2e screen: $passed passed, 0 failed"
