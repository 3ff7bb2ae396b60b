#!/usr/bin/env bash
# End-to-end: the built binary in a real terminal (tmux). Opens the bundled corpus,
# searches "soleimani", opens the entity, follows an article from its card, goes back,
# opens the timeline and an event and comes back, resizes to 50×15 and back, quits, and
# checks that the shell prompt is usable (also after SIGTERM).
# usage: Tests/e2e/reader.sh PATH/TO/dossier
set -euo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
session="dossier-e2e-$$"
sock="dossier-e2e-$$"
e2e_name="e2e"
. "$(dirname "$0")/lib/tmux.sh"
# Reading state and configuration in a folder of their own, so no earlier run changes this one.
xdg="$(mktemp -d)"
cleanup() { t kill-server 2>/dev/null || true; rm -rf "$xdg"; }
trap cleanup EXIT

t new-session -d -s "$session" -x 120 -y 40 "env -i HOME=\"$HOME\" XDG_DATA_HOME=\"$xdg/data\" XDG_CONFIG_HOME=\"$xdg/config\" PATH=\"$PATH\" TERM=xterm-256color LANG=C.UTF-8 PS1='e2e\$ ' bash --norc --noprofile"
t set-option -t "$session" window-size manual >/dev/null 2>&1 || true
expect_screen 'e2e$'
t send-keys -t "$session" "$bin" Enter
expect_screen "Dossier · bundled seed articles"
expect_screen "document 1 of 5"
expect_screen "ACTORS"
passed=1

t send-keys -t "$session" S s o l e i m a n i  # S: search all articles
expect_screen "Qassem Soleimani — person, 4 articles"
passed=$((passed + 1))

t send-keys -t "$session" Enter
expect_screen "ALSO WRITTEN"
expect_screen "[SIDEBAR]"
passed=$((passed + 1))

t send-keys -t "$session" Enter
expect_screen "[ARTICLE]"
passed=$((passed + 1))

t send-keys -t "$session" BSpace
expect_screen "[SIDEBAR]"
expect_screen "APPEARS WITH"
passed=$((passed + 1))

t send-keys -t "$session" t
expect_screen "TIMELINE"
t send-keys -t "$session" G Enter
expect_screen "[ARTICLE]"
t send-keys -t "$session" BSpace
expect_screen "TIMELINE"
t send-keys -t "$session" q
passed=$((passed + 1))

t resize-window -t "$session" -x 50 -y 15
expect_screen "terminal too small (50×15)"
t resize-window -t "$session" -x 120 -y 40
expect_screen "document"
expect_screen "?:help q:quit"
passed=$((passed + 1))

# Ctrl-Z gives the shell back; fg resumes and redraws.
t send-keys -t "$session" C-z
expect_screen "Stopped"
t send-keys -t "$session" clear Enter fg Enter
expect_screen "Dossier · bundled seed articles"
passed=$((passed + 1))

# q closes the entity card still open in the sidebar, then quits from the main screen.
t send-keys -t "$session" q
expect_screen "card closed"
t send-keys -t "$session" q
expect_screen 'e2e$'
t send-keys -t "$session" 'echo "prompt-$((20+22))"' Enter
expect_screen "prompt-42"
t send-keys -t "$session" 'echo "MODE=$(stty -a | tr " ;" "\n\n" | grep -x -- "-\?icanon")"' Enter
expect_screen "MODE=icanon"
passed=$((passed + 1))

# An unknown terminal type is a one-line error, not a crash; a non-UTF-8 locale still reads.
t send-keys -t "$session" clear Enter
t send-keys -t "$session" "TERM=nosuchterm $bin; echo rc=\$?" Enter
expect_screen "dossier: unknown terminal type 'nosuchterm'; try TERM=xterm-256color"
expect_screen "rc=2"
t send-keys -t "$session" clear Enter
t send-keys -t "$session" "LANG=C LC_ALL=C NO_COLOR=1 $bin" Enter
expect_screen "Dossier · bundled seed articles"
expect_screen "Iraq’s sovereignty"
t send-keys -t "$session" q
expect_screen 'e2e$'
passed=$((passed + 1))

# SIGTERM while the reader is open (in the foreground) restores the terminal too.
t send-keys -t "$session" clear Enter
# Only this pane's reader is signalled: other runs of dossier on the machine are left alone.
t send-keys -t "$session" "$bin; echo after-term" Enter
expect_screen "Dossier · bundled seed articles"
pkill -TERM -P "$(t display-message -p -t "$session" '#{pane_pid}')" -x dossier
expect_screen "after-term"
t send-keys -t "$session" 'echo "ECHO=$(stty -a | tr " ;" "\n\n" | grep -x -- "-\?echo")"' Enter
expect_screen "ECHO=echo"
passed=$((passed + 1))

echo "e2e: $passed passed, 0 failed"
