#!/usr/bin/env python3
"""Scores `newsdigest extract` against a folder of pages with known article bodies.

  python3 scripts/eval_extract.py [DIR]      (npm run eval:extract -- DIR)

Two layouts of DIR are read:

* Readability's test layout (the default DIR is tests/fixtures/readability-pages): one
  folder per page with source.html, expected.html (the article body Firefox Reader View
  extracts) and expected-metadata.json. Our `text` is compared with expected.html, and
  title and byline with the expected metadata.
* The layout of the public article-extraction benchmarks: a JSON file at the top of DIR
  mapping each page id to its hand-made body, `{"<id>": {"articleBody": "..."}, ...}`,
  and the pages as html/<id>.html or html/<id>.html.gz. Hand-made bodies leave out
  picture captions, so our text less its `captions` is compared with `articleBody`.

Prints per page the token F1 (words, lowercased, counted with repeats) and whether title
and byline equal the expected ones; then the mean F1, the share of pages at F1 >= 0.90,
the title and byline agreement, the pages that came out through a fallback, and the same
figures for the even- and odd-numbered pages (in name order) apart, so that rules tuned on
one half can be checked on the other.
"""
import gzip
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


def html_text(html):
    parser = Text()
    parser.feed(html)
    return "".join(parser.parts)


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


def run_extract(page_bytes):
    """Our extraction of one page: (JSON result or None, error line)."""
    run = subprocess.run([CLI, "extract", "-"], input=page_bytes, capture_output=True)
    if run.returncode != 0:
        return None, run.stderr.decode("utf-8", "replace").strip()
    return json.loads(run.stdout), ""


def story(got):
    captions = set(got.get("captions") or [])
    return "\n\n".join(p for p in got.get("text", "").split("\n\n") if p not in captions)


def readability_pages(folder):
    """(name, page bytes, expected text, expected metadata, text of a result) per page."""
    names = sorted(d for d in os.listdir(folder) if os.path.isfile(os.path.join(folder, d, "source.html")))
    for name in names:
        d = os.path.join(folder, name)
        want = html_text(open(os.path.join(d, "expected.html"), encoding="utf-8").read())
        meta = json.load(open(os.path.join(d, "expected-metadata.json"), encoding="utf-8"))
        page = open(os.path.join(d, "source.html"), "rb").read()
        yield name, page, want, meta, lambda got: got.get("text", "")


def benchmark_pages(folder):
    """The same for a ground-truth JSON file and html/<id>.html[.gz]."""
    truth = {}
    for f in sorted(os.listdir(folder)):
        if f.endswith(".json"):
            data = json.load(open(os.path.join(folder, f), encoding="utf-8"))
            if isinstance(data, dict):
                truth.update({k: v for k, v in data.items() if isinstance(v, dict) and "articleBody" in v})
    html = os.path.join(folder, "html")
    for name in sorted(truth):
        path = next((os.path.join(html, name + ext) for ext in (".html", ".html.gz", ".htm")
                     if os.path.isfile(os.path.join(html, name + ext))), None)
        if path is None:
            print(f"{name}: no html/{name}.html[.gz]", file=sys.stderr)
            continue
        page = open(path, "rb").read()
        if path.endswith(".gz"):
            page = gzip.decompress(page)
        yield name, page, truth[name].get("articleBody") or "", {}, story


def summary(label, rows):
    if not rows:
        return f"{label}: no pages"
    titles = [r[2] for r in rows if r[2] is not None]
    bylines = [r[3] for r in rows if r[3] is not None]
    mean = sum(r[1] for r in rows) / len(rows)
    good = sum(r[1] >= 0.90 for r in rows) / len(rows)
    line = f"{label}: {len(rows)} pages   mean F1 {mean:.3f}   pages at F1 >= 0.90: {good:.0%}"
    if titles or bylines:
        line += f"   title equal: {sum(titles)}/{len(titles)}   byline equal: {sum(bylines)}/{len(bylines)}"
    return line


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests", "fixtures", "readability-pages")
    readability = any(os.path.isfile(os.path.join(folder, d, "source.html")) for d in os.listdir(folder))
    pages = readability_pages(folder) if readability else benchmark_pages(folder)
    rows = []
    for name, page, want, meta, text_of in pages:
        got, err = run_extract(page)
        score = f1(text_of(got) if got else "", want)
        t = same(got and got.get("title"), meta.get("title")) if meta.get("title") else None
        b = same(got and got.get("byline"), meta.get("byline")) if meta.get("byline") else None
        fallback = (got or {}).get("fallback") or ""
        rows.append((name, score, t, b, err or fallback))
    print(f"{'page':36} {'F1':>6}  title  byline")
    mark = lambda v: "-" if v is None else ("ok" if v else "no")
    for name, score, t, b, note in rows:
        print(f"{name[:36]:36} {score:6.3f}  {mark(t):5}  {mark(b):6} {note[:60]}")
    print()
    print(summary("all", rows))
    print(summary("even-numbered", rows[0::2]))
    print(summary("odd-numbered", rows[1::2]))
    fallbacks = [f"{r[0]} ({r[4]})" for r in rows if r[4]]
    print(f"fallbacks or failures: {len(fallbacks)}" + (": " + ", ".join(fallbacks) if fallbacks else ""))


if __name__ == "__main__":
    main()
