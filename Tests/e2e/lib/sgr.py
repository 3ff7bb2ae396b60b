#!/usr/bin/env python3
"""Reads `tmux capture-pane -e -p` output on stdin and prints the look of the first cell of
the first occurrence of TEXT (argument 1) as `fg=… bg=… attrs=…`, or `missing`.
With --row-of, prints the row number instead; with --backgrounds, the background colours used."""
import re
import sys

SGR = re.compile(r"\x1b\[([0-9;:]*)m")


def parse(line):
    """Yields (character, fg, bg, attrs) for each printed character of a captured line."""
    fg, bg, attrs = "default", "default", set()
    pos = 0
    for m in SGR.finditer(line + "\x1b[m"):
        for ch in line[pos:m.start()]:
            yield ch, fg, bg, frozenset(attrs)
        pos = m.end()
        codes = [int(c) if c else 0 for c in re.split(r"[;:]", m.group(1))] or [0]
        i = 0
        while i < len(codes):
            c = codes[i]
            if c == 0:
                fg, bg, attrs = "default", "default", set()
            elif c in (1, 2, 3, 4, 5, 7, 9):
                attrs.add({1: "bold", 2: "dim", 3: "italic", 4: "underline", 5: "blink", 7: "reverse", 9: "strike"}[c])
            elif c == 22:
                attrs -= {"bold", "dim"}
            elif c == 23:
                attrs.discard("italic")
            elif c == 24:
                attrs.discard("underline")
            elif c == 27:
                attrs.discard("reverse")
            elif 30 <= c <= 37:
                fg = str(c - 30)
            elif 90 <= c <= 97:
                fg = str(c - 90 + 8)
            elif 40 <= c <= 47:
                bg = str(c - 40)
            elif 100 <= c <= 107:
                bg = str(c - 100 + 8)
            elif c in (38, 48) and i + 2 < len(codes) and codes[i + 1] == 5:
                if c == 38:
                    fg = str(codes[i + 2])
                else:
                    bg = str(codes[i + 2])
                i += 2
            elif c in (38, 48) and i + 4 < len(codes) and codes[i + 1] == 2:
                value = "#%02x%02x%02x" % tuple(codes[i + 2:i + 5])
                if c == 38:
                    fg = value
                else:
                    bg = value
                i += 4
            elif c == 39:
                fg = "default"
            elif c == 49:
                bg = "default"
            i += 1


def main():
    if "--backgrounds" in sys.argv:
        seen = set()
        for line in sys.stdin.read().split("\n"):
            seen |= {bg for _, _, bg, _ in parse(line) if bg != "default"}
        print(" ".join(sorted(seen)))
        return
    text = sys.argv[1]
    for row, line in enumerate(sys.stdin.read().split("\n")):
        cells = list(parse(line))
        plain = "".join(c[0] for c in cells)
        at = plain.find(text)
        if at >= 0:
            if "--row-of" in sys.argv:
                print(row)
                return
            _, fg, bg, attrs = cells[at]
            print("fg=%s bg=%s attrs=%s" % (fg, bg, ",".join(sorted(attrs)) or "none"))
            return
    print("missing")


main()
