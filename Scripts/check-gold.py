#!/usr/bin/env python3
"""Check a gold file in the format ../shared/eval/score.py reads.

usage: check-gold.py GOLD.json ARTICLES_DIR

Fails (exit 1, one line per problem) when the JSON does not load, a document has no
article file or an article has no gold entry, a type is not person/organization/place,
an id has two types, a form or ignore entry never occurs as a whole word in its article
(or every occurrence is taken by a longer form, as the scorer resolves them), one form
belongs to two entities of a document, or an event has a bad id, date, document or no
"what". Prints a one-line summary when all is well.
"""
import datetime
import json
import os
import re
import sys

TYPES = {"person", "organization", "place"}


def is_word_char(c):
    return c.isalnum() or c == "_"


def whole_word_spans(text, form):
    """Every whole-word occurrence of form, as the scorer finds them."""
    spans, start = [], 0
    while True:
        i = text.find(form, start)
        if i < 0:
            return spans
        j = i + len(form)
        start = i + 1
        if i > 0 and is_word_char(text[i - 1]) and is_word_char(form[0]):
            continue
        if j < len(text) and is_word_char(text[j]) and is_word_char(form[-1]):
            continue
        spans.append((i, j))


def surviving(text, forms):
    """Forms with at least one occurrence left after longer forms take theirs (scorer's order)."""
    taken = [False] * (len(text) + 1)
    left = {}
    for form in sorted(forms, key=lambda f: -len(f)):
        n = 0
        for i, j in whole_word_spans(text, form):
            if any(taken[i:j]):
                continue
            for k in range(i, j):
                taken[k] = True
            n += 1
        left[form] = n
    return left


def valid_date(date):
    if not isinstance(date, str) or not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", date):
        return False
    parts = [int(p) for p in date.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return 1 <= parts[0] <= 9999


def check(gold, articles):
    problems = []
    docs = gold.get("documents")
    if not isinstance(docs, dict) or not docs:
        return ["no documents"]
    files = {f for f in os.listdir(articles) if f.endswith((".txt", ".md"))}
    for name in sorted(files - set(docs)):
        problems.append(f"{name}: article has no gold entry")
    types = {}
    for name, doc in sorted(docs.items()):
        path = os.path.join(articles, name)
        if not os.path.isfile(path):
            problems.append(f"{name}: no such article in {articles}")
            continue
        text = open(path, "rb").read().decode("utf-8")
        owner = {}
        ids = set()
        for ent in doc.get("entities", []):
            eid, etype = ent.get("id"), ent.get("type")
            if not eid or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", eid):
                problems.append(f"{name}: bad entity id {eid!r}")
            if eid in ids:
                problems.append(f"{name}: entity {eid} listed twice")
            ids.add(eid)
            if etype not in TYPES:
                problems.append(f"{name}: {eid}: type {etype!r} is not one of {sorted(TYPES)}")
            elif types.setdefault(eid, (etype, name))[0] != etype:
                problems.append(f"{name}: {eid} is {etype} here but {types[eid][0]} in {types[eid][1]}")
            if not ent.get("forms"):
                problems.append(f"{name}: {eid} has no forms")
            for form in ent.get("forms", []):
                if form in owner:
                    problems.append(f"{name}: form {form!r} belongs to {owner[form]} and {eid}")
                owner[form] = eid
        for form in doc.get("ignore", []):
            if form in owner:
                problems.append(f"{name}: form {form!r} is both in {owner[form]} and ignored")
            owner.setdefault(form, None)
        left = surviving(text, [f for f in owner if f])
        for form, n in left.items():
            if n == 0:
                where = owner[form] or "ignore"
                if whole_word_spans(text, form):
                    problems.append(f"{name}: form {form!r} ({where}) is always inside a longer form")
                else:
                    problems.append(f"{name}: form {form!r} ({where}) does not occur as a whole word")
    seen = set()
    for ev in gold.get("events", []):
        eid = ev.get("id")
        if not eid or eid in seen:
            problems.append(f"event {eid!r}: missing or duplicate id")
        seen.add(eid)
        if not valid_date(ev.get("date")):
            problems.append(f"event {eid}: bad date {ev.get('date')!r}")
        if not ev.get("docs"):
            problems.append(f"event {eid}: no documents")
        for d in ev.get("docs", []):
            if d not in docs:
                problems.append(f"event {eid}: document {d} is not in the gold")
        if len(set(ev.get("docs", []))) != len(ev.get("docs", [])):
            problems.append(f"event {eid}: a document listed twice")
        if not str(ev.get("what", "")).strip():
            problems.append(f"event {eid}: no 'what'")
    return problems


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    gold_path, articles = argv
    try:
        gold = json.load(open(gold_path, encoding="utf-8"))
    except (OSError, ValueError) as err:
        print(f"{gold_path}: {err}")
        return 1
    problems = check(gold, articles)
    for p in problems:
        print(f"{gold_path}: {p}")
    if problems:
        return 1
    docs = gold["documents"]
    mentions = sum(len(e["forms"]) for d in docs.values() for e in d["entities"])
    ids = {e["id"] for d in docs.values() for e in d["entities"]}
    events = gold.get("events", [])
    multi = sum(1 for e in events if len(e["docs"]) > 1)
    print(f"gold ok: {len(docs)} documents, {len(ids)} entities ({mentions} forms), "
          f"{len(events)} events ({multi} in several documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
