#!/usr/bin/env python3
"""Draw new development-gold articles: N per BBC topic folder, at random with a fixed seed,
preferring articles that share a distinctive name with another article of the set.

usage: select.py SEED [PER_FOLDER [CORPUS_DIR]]   (PER_FOLDER 4, CORPUS_DIR ../shared/corpora/bbc-news)

Candidates exclude the 43 hand-chosen devgold articles (the first lines of SOURCES.txt),
every held-out article of the time of the draw (the first HOLDOUT_AT_DRAW lines of
Tests/holdout/SOURCES.txt: the held-out set grew later, from articles drawn away from
every devgold story, see Tests/holdout/select.py), every article whose text mentions
Iraq, and every article that shares a distinctive name (below) with a held-out article,
so that no story is in both sets.

A distinctive name is a run of two or three capitalised words (after leading function
words and titles such as "The", "But", "Mr", "Sir" are dropped) that occurs in at most
MAX_DF articles of the whole corpus: "Michael Cherkasky" or "Just Add Monsters" name
one story, "Tony Blair" or "Prime Minister" do not.

Per folder, the candidates are shuffled with the seed and walked in that order. A
candidate is drawn when it shares a distinctive name with an existing devgold article
or an article drawn before it; otherwise, when a later candidate of the same folder
shares one with it (and is not a near copy of it), both are drawn as a pair (the first
such partner in shuffled order); otherwise it is passed over. So every new article is
tied by a person, organisation or story to another article of the set, which tests
cross-article linking and events reported by several articles.

Prints "FOLDER-NNN.txt FOLDER/original-name.txt  # shared names" per article, NNN being
the article's 1-based position in its folder's sorted listing, in drawing order.
"""
import os
import random
import re
import sys

# The draw starts from the hand-chosen articles (the first lines of SOURCES.txt), so that
# adding its own draws to SOURCES.txt does not change it.
HAND_CHOSEN = 43
# The held-out articles of the time of the draw (the first lines of Tests/holdout/SOURCES.txt),
# so that the held-out set's later growth does not change it. A new draw must raise it to
# the held-out count of its time (and say so in Tests/devgold/README.md).
HOLDOUT_AT_DRAW = 15
FOLDERS = ["business", "entertainment", "politics", "sport", "tech"]
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


def lines(text):
    return {line.strip() for line in text.splitlines() if len(line.strip()) > 40}


def near_copy(a, b):
    """Two articles sharing half of their paragraphs are one report twice, not two reports."""
    la, lb = lines(a), lines(b)
    return bool(la and lb) and len(la & lb) * 2 >= min(len(la), len(lb))


def main(argv):
    seed = int(argv[0])
    per_folder = int(argv[1]) if len(argv) > 1 else 4
    corpus = argv[2] if len(argv) > 2 else "../shared/corpora/bbc-news"
    here = os.path.dirname(os.path.abspath(__file__))
    def sources(path, limit=None):
        lines = [line for line in open(path, encoding="utf-8") if line.strip()]
        return {line.split()[1] for line in lines[:limit]}

    devgold = sources(os.path.join(here, "SOURCES.txt"), HAND_CHOSEN)
    holdout = sources(os.path.join(here, "..", "holdout", "SOURCES.txt"), HOLDOUT_AT_DRAW)
    taken = devgold | holdout
    texts, listing = {}, {}
    for folder in FOLDERS:
        listing[folder] = sorted(n for n in os.listdir(os.path.join(corpus, folder)) if n.endswith(".txt"))
        for name in listing[folder]:
            texts[f"{folder}/{name}"] = open(os.path.join(corpus, folder, name), encoding="utf-8").read()
    df = {}
    article_names = {}
    for key, text in texts.items():
        article_names[key] = names(text)
        for n in article_names[key]:
            df[n] = df.get(n, 0) + 1
    distinctive = {k: {n for n in ns if df[n] <= MAX_DF} for k, ns in article_names.items()}
    in_set = set(devgold)
    rng = random.Random(seed)
    for folder in FOLDERS:
        candidates = [f"{folder}/{n}" for n in listing[folder]
                      if f"{folder}/{n}" not in taken and "iraq" not in texts[f"{folder}/{n}"].lower()
                      and not any(distinctive[f"{folder}/{n}"] & distinctive[h] for h in holdout)]
        rng.shuffle(candidates)
        drawn = []
        for i, c in enumerate(candidates):
            if len(drawn) >= per_folder:
                break
            if c in drawn:
                continue
            shared = sorted(n for n in distinctive[c] if any(n in distinctive[o] for o in in_set))
            if shared:
                drawn.append((c, shared))
                in_set.add(c)
                continue
            if per_folder - len(drawn) < 2:
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
    main(sys.argv[1:])
