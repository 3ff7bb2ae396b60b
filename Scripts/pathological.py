#!/usr/bin/env python3
"""Writes the hostile-input reproducers of issue 10 into a folder, one file each.

    Scripts/pathological.py OUT_DIR [BBC_DIR]

Then time each with Scripts/pathological.sh (which calls this).
"""
import os
import random
import sys

out = sys.argv[1]
bbc = sys.argv[2] if len(sys.argv) > 2 else "../shared/corpora/bbc-news"
os.makedirs(out, exist_ok=True)
rnd = random.Random(10)


def write(name, text):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(text)


# Quotes after a word, so each one is a candidate sentence end.
write("quotes-straight.txt", "Title\n\nHe said" + '"' * 32_000 + " Then")
write("quotes-closing.txt", "Title\n\nHe said" + "\u2019" * 20_000 + " Then")
write("quotes-nested.txt", "Title\n\nHe said" + "\u201c\u2018" * 10_000 + " Then")
write("quotes-after-stop.txt", "Title\n\nHe said." + '"' * 32_000 + " Then")
write("mr-mr.txt", "Title\n\n" + " Mr" * 20_000)
titles = ["Mr", "Mrs", "President", "Prime", "Minister", "General", "Sheikh", "Dr", "Colonel", "Senator",
          "Foreign", "Secretary", "Deputy", "Chief", "Commander", "Judge", "King", "Prince", "Imam", "Ayatollah"]
write("title-words.txt", "Title\n\n" + " ".join(rnd.choice(titles) for _ in range(150_000 // 8)))
caps = ["Baghdad", "Hezbollah", "Kataib", "Qassem", "Soleimani", "Popular", "Mobilization", "Forces", "Iraq",
        "United", "States", "Army", "Fallujah", "Tehran", "Abu", "Mahdi", "Muhandis", "Council", "Ministry"]
write("capitalised-words.txt", "Title\n\n" + " ".join(rnd.choice(caps) for _ in range(500_000 // 8)))
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
events = ["killed", "attacked", "protested", "arrested", "met", "signed", "withdrew", "condemned", "voted", "sanctioned"]
parts = []
size = 0
while size < 1_000_000:
    p = f"on {rnd.randint(1, 28)} {rnd.choice(months)} {rnd.randint(1990, 2024)} troops {rnd.choice(events)} rebels"
    parts.append(p)
    size += len(p) + 2
write("dates-events-sentence.txt", "Title\n\n" + "It happened " + ", ".join(parts) + ".")
write("long-token.txt", "Title\n\n" + "a" * 1_000_000)
write("long-capital-token.txt", "Title\n\n" + "A" * 500_000 + " " + "B" * 500_000)
# A 5 MB article of real text: BBC articles joined into one.
texts = []
for root, _, files in sorted(os.walk(bbc)):
    for name in sorted(files):
        if name.endswith(".txt"):
            with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                texts.append(f.read())
body = ""
i = 0
while texts and len(body) < 5_000_000:
    body += texts[i % len(texts)] + "\n\n"
    i += 1
if body:
    write("real-5mb.txt", "A long article\n\n" + body[:5_000_000])
