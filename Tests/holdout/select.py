#!/usr/bin/env python3
"""Draw the held-out articles: 3 per BBC topic folder, at random with a fixed seed.

usage: select.py SEED [CORPUS_DIR]            the first draw (seed 8: the first 15 articles)
       select.py --second SEED [CORPUS_DIR]   the second draw (seed 30: the next 15)
(CORPUS_DIR defaults to ../shared/corpora/bbc-news)

Candidates exclude every article that was in Tests/devgold at the draw (the first 43
lines of its SOURCES.txt) and every article whose text mentions Iraq. Prints "FOLDER-NNN.txt FOLDER/original-name.txt" per
article, NNN being the article's 1-based position in its folder's sorted listing (the
naming Tests/devgold uses), in drawing order; the same-story articles of STORIES replace
the last draws of their folder.

The second draw (main_second below) adds 3 more per folder. Its candidates exclude the
63 devgold articles at its time (the first 63 lines of Tests/devgold/SOURCES.txt), the
first draw (the first 15 lines of Tests/holdout/SOURCES.txt), every article whose text
mentions Iraq, and every article sharing a distinctive name with one of those 63 devgold
articles (no story in both sets). A distinctive name is a run of two or three
capitalised words (leading function words and titles dropped) found in at most MAX_DF
articles of the corpus, as in Tests/devgold/select.py (copied here so that this draw
stays reproducible whatever becomes of that script). Per folder, the candidates are
shuffled with the seed and walked in that order: a candidate is drawn when it shares a
distinctive name with a held-out article (of the first draw, or drawn before it);
otherwise, when a later candidate of the same folder shares one with it (and is not a
near copy of it), both are drawn as a pair on the same story; otherwise it is passed
over. The shared names are printed after each article.
"""
import os
import random
import re
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


DEVGOLD_AT_SECOND_DRAW = 63
FIRST_DRAW = 15
PER_FOLDER_SECOND = 3
MAX_DF = 6
LEADING = set("""The A An And But Or In On At For From By To Of With As If When While After
Before Since Until Former North South East West Northern Southern Eastern Western US UK Mr Mrs Ms Dr Sir Lord Lady Dame He She It They We I This That These
Those His Her Its Their Our My Last Next New Now So Yet Then There Here What Who How Why
Where Chief Prime Minister President Chancellor Secretary Home Foreign Shadow Labour Tory
BBC Mr. Saint St Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
March April May June July August September October November December""".split())
WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,}[a-z]*"
RUN = re.compile(rf"\b(?:{WORD})(?: (?:{WORD}))+\b")


def names(text):
    """Distinctive-name candidates: runs of 2-3 capitalised words, leading function words dropped."""
    found = set()
    for match in RUN.finditer(text):
        words = match.group(0).split()
        while words and words[0] in LEADING:
            words = words[1:]
        if 2 <= len(words) <= 3:
            found.add(" ".join(words))
    return found


def near_copy(a, b):
    """Two articles sharing half of their paragraphs are one report twice, not two reports."""
    la = {line.strip() for line in a.splitlines() if len(line.strip()) > 40}
    lb = {line.strip() for line in b.splitlines() if len(line.strip()) > 40}
    return bool(la and lb) and len(la & lb) * 2 >= min(len(la), len(lb))


def main_second(argv):
    seed = int(argv[0])
    corpus = argv[1] if len(argv) > 1 else "../shared/corpora/bbc-news"
    here = os.path.dirname(os.path.abspath(__file__))

    def sources(path, limit):
        lines = [line for line in open(path, encoding="utf-8") if line.strip()]
        return {line.split()[1] for line in lines[:limit]}

    devgold = sources(os.path.join(here, "..", "devgold", "SOURCES.txt"), DEVGOLD_AT_SECOND_DRAW)
    first = sources(os.path.join(here, "SOURCES.txt"), FIRST_DRAW)
    texts, listing = {}, {}
    for folder in FOLDERS:
        listing[folder] = sorted(n for n in os.listdir(os.path.join(corpus, folder)) if n.endswith(".txt"))
        for name in listing[folder]:
            texts[f"{folder}/{name}"] = open(os.path.join(corpus, folder, name), encoding="utf-8").read()
    article_names = {key: names(text) for key, text in texts.items()}
    df = {}
    for found in article_names.values():
        for n in found:
            df[n] = df.get(n, 0) + 1
    distinctive = {k: {n for n in ns if df[n] <= MAX_DF} for k, ns in article_names.items()}
    devgold_names = set().union(*(distinctive[d] for d in devgold))
    in_set = set(first)
    rng = random.Random(seed)
    for folder in FOLDERS:
        candidates = [f"{folder}/{n}" for n in listing[folder]
                      if f"{folder}/{n}" not in devgold | first
                      and "iraq" not in texts[f"{folder}/{n}"].lower()
                      and not distinctive[f"{folder}/{n}"] & devgold_names]
        rng.shuffle(candidates)
        drawn = []
        for i, c in enumerate(candidates):
            if len(drawn) >= PER_FOLDER_SECOND:
                break
            if c in in_set:
                continue
            shared = sorted(n for n in distinctive[c] if any(n in distinctive[o] for o in in_set))
            if shared:
                drawn.append((c, shared))
                in_set.add(c)
                continue
            if PER_FOLDER_SECOND - len(drawn) < 2:
                continue
            for p in candidates[i + 1:]:
                if p in in_set or near_copy(texts[c], texts[p]):
                    continue
                common = sorted(distinctive[c] & distinctive[p])
                if common:
                    drawn += [(c, common), (p, common)]
                    in_set |= {c, p}
                    break
        for key, shared in drawn:
            name = key.split("/")[1]
            print(f"{folder}-{listing[folder].index(name) + 1:03d}.txt {key}  # {', '.join(shared)}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--second"]:
        main_second(sys.argv[2:])
    else:
        main(sys.argv[1:])
