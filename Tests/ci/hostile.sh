#!/usr/bin/env bash
# Hostile files and names, through the real binary: a named pipe or device given as an
# argument ends at once with a message; a name that is not UTF-8 is read (as an argument
# and in a folder) and reported; no escape sequence from a file name or text reaches the
# output of entities, search, related or timeline, text or JSON.
#   Tests/ci/hostile.sh DOSSIER_BINARY
set -uo pipefail
bin="$1"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
fail=0
check() { if eval "$2"; then echo "hostile: ok   $1"; else echo "hostile: FAIL $1"; fail=1; fi; }

mkfifo "$dir/pipe.txt"
start=$(date +%s%N)
timeout 5 "$bin" export "$dir/pipe.txt" > /dev/null 2> "$dir/err"; status=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
check "a named pipe argument ends (${ms} ms, status $status) with a message" \
    '[ $status -ne 124 ] && [ $ms -lt 2000 ] && grep -q "pipe.txt: skipped: not a regular file (named pipe)" "$dir/err"'

ln -s /dev/zero "$dir/zero.txt"
timeout 5 "$bin" export "$dir/zero.txt" > /dev/null 2> "$dir/err"; status=$?
check "a link to /dev/zero named .txt is refused (status $status)" \
    '[ $status -ne 124 ] && grep -q "zero.txt: skipped: not a regular file (character device)" "$dir/err"'
rm "$dir/pipe.txt" "$dir/zero.txt"

mkdir "$dir/c"
name="$(printf 'caf\xe9.txt')"
printf 'Caf\xe9 au lait\n\nBaghdad and Tehran met in Paris on January 3, 2020, and the attack killed two.\n' > "$dir/c/$name"
timeout 10 "$bin" entities "$dir/c/$name" > "$dir/out" 2> "$dir/err"; status=$?
check "a non-UTF-8 name given as an argument is read and reported (status $status)" \
    '[ $status -eq 0 ] && grep -q Baghdad "$dir/out" && grep -qF "caf\\xE9.txt: file name is not UTF-8" "$dir/err"'
timeout 10 "$bin" export "$dir/c" > "$dir/out" 2> "$dir/err"
check "a non-UTF-8 name in a folder is read, its id escaped" 'grep -qF "\"caf\\\\xE9.txt\"" "$dir/out"'

mkdir "$dir/e"
printf 'Title \033]0;OWNED\007 with \302\233 and \342\200\256 inside\n\nBaghdad and Tehran met in Paris on January 3, 2020, and the attack killed two.\n' \
    > "$dir/e/$(printf 'x\033]2;TITLE\007.txt')"
printf 'Second\n\nBaghdad and Tehran again, as the attack in Paris killed two on January 3, 2020.\n' > "$dir/e/$(printf 'n\nforged\033[2J.txt')"
: > "$dir/e/$(printf 'empty\033]52;c;SGVsbG8=\007.txt')"
for command in "entities" "entities --json" "search Baghdad" "search --json Baghdad" "related 1" "related --json 1" "timeline" "timeline --json" "export"; do
    # shellcheck disable=SC2086
    timeout 20 "$bin" $command "$dir/e" > "$dir/out" 2> "$dir/err"
    check "no ESC, BEL or C1 byte in the output of '$command'" \
        '! grep -qP "[\x07\x1b]|\xc2[\x80-\x9f]|\xe2\x80\xae" "$dir/out" "$dir/err"'
done
timeout 20 "$bin" related 1 "$dir/e" > "$dir/out" 2>/dev/null
check "a line break in a name does not forge an output line" '! grep -q "^forged" "$dir/out"'
exit $fail
