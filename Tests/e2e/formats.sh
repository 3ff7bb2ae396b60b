#!/usr/bin/env bash
# End-to-end: the reader on a folder of article formats (a saved web page, an RSS feed of two
# items, a JSON Lines file of two records, Markdown with front matter). Six articles listed; the
# Markdown opens with its front matter's source and date in the title bar and no markup in the
# text; the web page opens with its site and date, the article's text and none of the page's
# navigation, share bar or footer; q quits to a usable prompt.
# usage: Tests/e2e/formats.sh PATH/TO/dossier
set -euo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root="$(cd "$(dirname "$0")/../.." && pwd)"
session="dossier-formats-$$"
sock="dossier-formats-$$"
work="$(mktemp -d)"
e2e_name="e2e formats"
. "$(dirname "$0")/lib/tmux.sh"
cleanup() { t kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

cp -R "$root/Tests/Fixtures/formats" "$work/articles"
mkdir -p "$work/data" "$work/config"
t new-session -d -s "$session" -x 120 -y 40 "env -i HOME=\"$HOME\" XDG_DATA_HOME=\"$work/data\" XDG_CONFIG_HOME=\"$work/config\" XDG_CACHE_HOME=\"$work/cache\" PATH=\"$PATH\" TERM=xterm-256color LANG=C.UTF-8 PS1='e2e\$ ' bash --norc --noprofile"
t set-option -t "$session" window-size manual >/dev/null 2>&1 || true
expect_screen 'e2e$'
t send-keys -t "$session" "$bin $work/articles" Enter
expect_screen "document 1 of 6"
for title in "Week in review" "Iraqi parliament v" "Funeral crowds fil" "Militia commander" "Rockets hit Ain al" "Ukrainian airliner"; do
    expect_screen "$title"
done
passed=1

# The Markdown article: front matter as metadata, markup read as text.
expect_screen "Analyst Notes · 2020-01-10"
expect_screen "The killing of Qassem Soleimani on 3 January"
for markup in "**" "](" "title:" "author:" "Priya Raman"; do refuse_screen "$markup"; done
passed=$((passed + 1))

# The saved web page: its site and date, the article, no page furniture.
t send-keys -t "$session" j j j Enter
expect_screen "The Meridian Post · 2020-01-03"
expect_screen "A US drone strike near Baghdad International Airport killed"
expect_screen "“an act of international terrorism” & warned"
for furniture in "Share on Facebook" "Advertisement" "Margaret Whitfield" "Thomas Greaves" "Most read" "Comments" "©"; do
    refuse_screen "$furniture"
done
passed=$((passed + 1))

t send-keys -t "$session" q
expect_screen 'e2e$'
t send-keys -t "$session" "echo back-at-prompt" Enter
expect_screen "back-at-prompt"
passed=$((passed + 1))
echo "e2e formats: $passed passed, 0 failed"
