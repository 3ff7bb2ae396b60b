# The tmux harness every end-to-end script shares. Source it after setting:
#   e2e_name  the script's name in messages ("e2e screen")
#   sock      the tmux server socket of the run (-L), session  the session name
# It defines t (tmux on that socket), screen, fail, expect_screen and refuse_screen.

t() { tmux -L "$sock" "$@"; }

# The screen's text now.
screen() { t capture-pane -p -t "$session"; }

# Prints the screen and ends the script.
fail() {
    echo "$e2e_name: FAILED: $1"
    echo "---- screen ----"
    screen 2>/dev/null || true
    exit 1
}

# Waits until the screen contains a string (up to ~10 s).
expect_screen() {
    for _ in $(seq 1 100); do
        if screen | grep -qF -- "$1"; then return 0; fi
        sleep 0.1
    done
    fail "expected on screen: $1"
}

# Fails if the screen contains a string now.
refuse_screen() {
    if screen | grep -qF -- "$1"; then fail "not expected on screen: $1"; fi
}
