#!/usr/bin/env python3
"""Writes a folder of .txt articles (first line the title) as saved web pages: a head with
meta tags, JSON-LD and scripts, navigation, a share bar, the article, a sidebar of links and
a footer. For measuring the HTML reader against the same text as .txt (BENCHMARKS.md).
usage: Scripts/html-corpus.py SOURCE_FOLDER OUTPUT_FOLDER"""
import html, json, os, sys

source, output = sys.argv[1], sys.argv[2]
nav = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(20))
for folder, _, files in os.walk(source):
    for name in sorted(files):
        if not name.endswith(".txt"):
            continue
        lines = [l.strip() for l in open(os.path.join(folder, name), encoding="utf-8", errors="replace")]
        lines = [l for l in lines if l]
        if not lines:
            continue
        title, paragraphs = lines[0], lines[1:]
        e = html.escape
        ld = json.dumps({"@type": "NewsArticle", "headline": title, "datePublished": "2005-01-01"})
        body = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs)
        page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(title)} | Example News</title>
<meta property="og:title" content="{e(title)}"><meta property="og:site_name" content="Example News">
<script type="application/ld+json">{ld}</script>
<script>var config = {{"section": "news", "user": "anonymous"}}; function track() {{ return 1; }}</script>
<style>body {{ font-family: sans-serif; }}</style></head>
<body><header><nav><ul>{nav}</ul></nav></header>
<main><article><h1>{e(title)}</h1><div class="share"><a href="#">Share</a> <a href="#">Email</a></div>
<div class="story-body">{body}</div></article></main>
<aside class="sidebar"><ul>{nav}</ul></aside><footer><p>Copyright Example News. All rights reserved.</p></footer>
</body></html>"""
        target = os.path.join(output, os.path.relpath(folder, source))
        os.makedirs(target, exist_ok=True)
        with open(os.path.join(target, name[:-4] + ".html"), "w", encoding="utf-8") as f:
            f.write(page)
