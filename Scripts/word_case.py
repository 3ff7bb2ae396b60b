"""How often each word is written in lower case and with a capital, away from the start of a
sentence, in a folder of English articles: the counts both word lists are built from
(Scripts/build-common-words.py, Scripts/build-dictionary-words.py)."""
import os
import re
from collections import Counter

WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def case_counts(root):
    """(lower, upper): Counters of lower-cased words written in lower case, and with a capital,
    in the .txt files under root, the first word of each sentence or line left out."""
    lower, upper = Counter(), Counter()
    for folder, _, files in os.walk(root):
        for name in files:
            if not name.endswith(".txt"):
                continue
            text = open(os.path.join(folder, name), encoding="utf-8", errors="replace").read()
            for sentence in re.split(r"(?<=[.!?\"])\s+|\n+", text):
                for w in WORD.findall(sentence)[1:]:
                    (lower if w[0].islower() else upper)[w.lower()] += 1
    return lower, upper
