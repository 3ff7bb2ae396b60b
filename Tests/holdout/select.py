#!/usr/bin/env python3
"""Draw the held-out articles: 3 per BBC topic folder, at random with a fixed seed.

usage: select.py SEED [CORPUS_DIR]   (CORPUS_DIR defaults to ../shared/corpora/bbc-news)

Candidates exclude every article that was in Tests/devgold at the draw (the first 43
lines of its SOURCES.txt) and every article whose text mentions Iraq. Prints "FOLDER-NNN.txt FOLDER/original-name.txt" per
article, NNN being the article's 1-based position in its folder's sorted listing (the
naming Tests/devgold uses), in drawing order; the same-story articles of STORIES replace
the last draws of their folder.
"""
import os
import random
import sys

DEVGOLD_AT_DRAW = 43
FOLDERS = ["business", "entertainment", "politics", "sport", "tech"]

# Same-story articles, chosen by hand so that some dated events are reported by several
# articles (few BBC articles give a year for what they report). Each list replaces the
# last draws of its folder, so the other draws stay as the seed gives them.
# politics: the other article on Clarke and the ID cards bill (the second draw's story);
# sport: two of the eight articles on the Kenteris and Thanou doping case.
STORIES = {
    "politics": ["clarke-to-press-on-with-id-cards.txt"],
    "sport": ["greek-sprinters-suspended-by-iaaf.txt", "iaaf-will-contest-greek-decision.txt"],
}


def main(argv):
    seed = int(argv[0])
    corpus = argv[1] if len(argv) > 1 else "../shared/corpora/bbc-news"
    here = os.path.dirname(os.path.abspath(__file__))
    sources = os.path.join(here, "..", "devgold", "SOURCES.txt")
    # The devgold articles of the time of the draw: the first 43 lines of its SOURCES.txt
    # (articles added to devgold later were drawn away from the held-out stories).
    lines = [line for line in open(sources, encoding="utf-8") if line.strip()][:DEVGOLD_AT_DRAW]
    taken = {line.split()[1] for line in lines}
    rng = random.Random(seed)
    for folder in FOLDERS:
        names = sorted(n for n in os.listdir(os.path.join(corpus, folder)) if n.endswith(".txt"))
        candidates = []
        for position, name in enumerate(names, 1):
            text = open(os.path.join(corpus, folder, name), encoding="utf-8").read()
            if f"{folder}/{name}" in taken or "iraq" in text.lower():
                continue
            candidates.append((position, name))
        drawn = rng.sample(candidates, 3)
        story = STORIES.get(folder, [])
        picks = drawn[:3 - len(story)] + [(names.index(n) + 1, n) for n in story]
        for position, name in picks:
            print(f"{folder}-{position:03d}.txt {folder}/{name}")


if __name__ == "__main__":
    main(sys.argv[1:])
