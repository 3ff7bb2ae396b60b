#!/usr/bin/env bash
# Article formats through the real binary: a folder with a saved web page, an RSS feed of two
# items, a JSON Lines file of two records and Markdown with front matter gives six articles with
# the right titles, dates and sources, no entity from the page's scripts, navigation or footer,
# and mention offsets that index each document's exported text. Broken files are reported, one
# line each, and the rest kept.
set -euo pipefail
bin="$1"
cd "$(dirname "$0")/../.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# A cache of its own, so no earlier run's cache speaks on standard error.
export XDG_CACHE_HOME="$out/cache"

"$bin" export --format json Tests/Fixtures/formats > "$out/export.json" 2> "$out/stderr.txt"
python3 - "$out/export.json" "$out/stderr.txt" <<'PY'
import json, sys
export = json.load(open(sys.argv[1]))
stderr = open(sys.argv[2]).read()
failed = []
expected = {
    "page.html": ("Militia commander killed in drone strike near Baghdad airport", "2020-01-03", "The Meridian Post"),
    "feed.rss#1": ("Iraqi parliament votes to expel foreign troops", "2020-01-05", "Gulf Wire"),
    "feed.rss#2": ("Funeral crowds fill the streets of Ahvaz", "2020-01-05", "Gulf Wire"),
    "records.jsonl#1": ("Rockets hit Ain al-Asad air base", "2020-01-08", "Desert Dispatch"),
    "records.jsonl#2": ("Ukrainian airliner crashes after takeoff from Tehran", "2020-01-08", "Northern Ledger"),
    "briefing.md": ("Week in review: the Baghdad strike and its aftermath", "2020-01-10", "Analyst Notes"),
}
docs = {d["id"]: d for d in export["documents"]}
if sorted(docs) != sorted(expected):
    failed.append(f"documents {sorted(docs)}")
for doc_id, (title, date, source) in expected.items():
    d = docs.get(doc_id, {})
    got = (d.get("title"), d.get("date"), d.get("source"))
    if got != (title, date, source):
        failed.append(f"{doc_id}: {got}")
    if not isinstance(d.get("text"), str):
        failed.append(f"{doc_id}: no text in the export")
furniture = ["Whitfield", "Greaves", "Okafor", "Lindqvist", "Geneva", "Lisbon"]
names = [n for e in export["entities"] for n in [e["name"]] + e["aliases"]]
for word in furniture:
    if any(word in n for n in names):
        failed.append(f"entity from page furniture: {word}")
for e in export["entities"]:
    forms = {e["name"], *e["aliases"]}
    for m in e["mentions"]:
        text = docs[m["doc"]]["text"]
        surface = " ".join(text[m["start"]:m["end"]].split())
        if surface not in forms:
            failed.append(f"offset {m['doc']}:{m['start']} reads {surface!r}, not a form of {e['name']!r}")
for must in ["Qassem Soleimani", "Popular Mobilization Forces", "Baghdad"]:
    if must not in names:
        failed.append(f"missing entity {must}")
if stderr.strip():
    failed.append(f"unexpected messages: {stderr.strip()}")
if failed:
    print("formats: FAIL\n  " + "\n  ".join(failed))
    sys.exit(1)
print(f"formats: 6 articles with titles, dates and sources; {len(export['entities'])} entities, none from page furniture")
PY

# Broken inputs: one line each naming the file and the problem; the good parts kept; status 0.
"$bin" export --format json Tests/Fixtures/broken > "$out/broken.json" 2> "$out/broken.txt"
for line in "bad-line.jsonl: line 2: not valid JSON, skipped" \
            "invalid.rss: invalid XML (line 12: " \
            "cut.json: skipped: not valid JSON" \
            "not-a-feed.xml: skipped: XML that is not an RSS or Atom feed (root <config>)"; do
    grep -qF "$line" "$out/broken.txt" || { echo "formats: FAIL: no message '$line' in:"; cat "$out/broken.txt"; exit 1; }
done
python3 - "$out/broken.json" <<'PY'
import json, sys
ids = sorted(d["id"] for d in json.load(open(sys.argv[1]))["documents"])
want = ["bad-line.jsonl#1", "bad-line.jsonl#2", "invalid.rss#1", "truncated.html"]
if ids != want:
    print(f"formats: FAIL: broken folder gave {ids}, not {want}")
    sys.exit(1)
print("formats: broken files reported, the rest kept")
PY

# Atom, a JSON object holding articles, CSV with a header row.
"$bin" export --format json Tests/Fixtures/more > "$out/more.json" 2> "$out/more.txt"
python3 - "$out/more.json" <<'PY'
import json, sys
docs = {d["id"]: (d["title"], d["date"], d["source"]) for d in json.load(open(sys.argv[1]))["documents"]}
want = {
    "articles.json#1": ("Drone debris found near Erbil", "2020-01-13", "Kurdistan Courier"),
    "feed.atom#1": ("Talks in Muscat & Doha", "2020-01-11", "Levant Letters"),
    "records.csv#1": ("Troops leave Baghdad base", "2020-01-09", "Desert Dispatch"),
}
if docs != want:
    print(f"formats: FAIL: {docs} != {want}")
    sys.exit(1)
print("formats: Atom, JSON and CSV articles with titles, dates and sources")
PY
grep -qF "records.csv: 1 record without text skipped" "$out/more.txt" || { echo "formats: FAIL: CSV row without text not reported"; cat "$out/more.txt"; exit 1; }
