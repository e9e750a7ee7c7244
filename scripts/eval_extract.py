#!/usr/bin/env python3
"""Scores `newsdigest extract` against pages in Readability's test layout.

  python3 scripts/eval_extract.py [DIR]      (npm run eval:extract -- DIR)

DIR holds one folder per page with source.html, expected.html (the article body Firefox
Reader View extracts) and expected-metadata.json; default tests/fixtures/readability-pages.
Prints per page the token F1 between the words of our text and of expected.html, and
whether title and byline equal the expected ones; then the mean F1, the share of pages at
F1 >= 0.90, and the title and byline agreement over the pages that have them.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = os.path.join(ROOT, "target", "release", "newsdigest")


class Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def tokens(text):
    return re.findall(r"\w+", text.lower())


def f1(got, want):
    g, w = Counter(tokens(got)), Counter(tokens(want))
    common = sum((g & w).values())
    if not g or not w or not common:
        return 1.0 if not g and not w else 0.0
    p, r = common / sum(g.values()), common / sum(w.values())
    return 2 * p * r / (p + r)


def same(a, b):
    norm = lambda s: " ".join((s or "").split()).strip().lower()
    return norm(a) == norm(b)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests", "fixtures", "readability-pages")
    pages = sorted(d for d in os.listdir(folder) if os.path.isfile(os.path.join(folder, d, "source.html")))
    rows, titles, bylines = [], [], []
    for name in pages:
        d = os.path.join(folder, name)
        parser = Text()
        parser.feed(open(os.path.join(d, "expected.html"), encoding="utf-8").read())
        want = "".join(parser.parts)
        meta = json.load(open(os.path.join(d, "expected-metadata.json"), encoding="utf-8"))
        run = subprocess.run([CLI, "extract", os.path.join(d, "source.html")], capture_output=True, text=True)
        got = json.loads(run.stdout) if run.returncode == 0 else {"text": ""}
        score = f1(got.get("text", ""), want)
        t = same(got.get("title"), meta.get("title")) if meta.get("title") else None
        b = same(got.get("byline"), meta.get("byline")) if meta.get("byline") else None
        if t is not None:
            titles.append(t)
        if b is not None:
            bylines.append(b)
        rows.append((name, score, t, b, run.stderr.strip()))
    print(f"{'page':36} {'F1':>6}  title  byline")
    mark = lambda v: "-" if v is None else ("ok" if v else "no")
    for name, score, t, b, err in rows:
        print(f"{name[:36]:36} {score:6.3f}  {mark(t):5}  {mark(b):6} {err[:60]}")
    mean = sum(r[1] for r in rows) / max(len(rows), 1)
    good = sum(r[1] >= 0.90 for r in rows) / max(len(rows), 1)
    print(f"\npages: {len(rows)}   mean F1: {mean:.3f}   pages at F1 >= 0.90: {good:.0%}   "
          f"title equal: {sum(titles)}/{len(titles)}   byline equal: {sum(bylines)}/{len(bylines)}")


if __name__ == "__main__":
    main()
