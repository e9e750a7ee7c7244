#!/usr/bin/env python3
"""Baselines for the takeaways, scored like newsdigest itself.

  python3 scripts/baselines.py lead3 FILE...      digest JSON whose takeaways are each article's first 3 sentences
  python3 scripts/baselines.py textrank FILE...   digest JSON whose takeaways are the 10 most central sentences
                                                  (LexRank-style: tf-idf cosine graph, PageRank), 250 words at most
  python3 scripts/baselines.py table --gold GOLD.json --dir DIR --scorer SCORE.py
                                                  runs the scorer on newsdigest and both baselines, prints a Markdown table

Both baselines use newsdigest's own sentence splitter (`newsdigest sentences`), so that only
the choice of sentences differs. Other digest lists are left empty.
"""
import json
import math
import os
import re
import subprocess
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = os.path.join(ROOT, "target", "release", "newsdigest")
STOP = set("a an and are as at be been but by for from had has have he her his i in is it its of on or "
           "said says she that the their them they this to was were will with would".split())


def sentences(path):
    out = subprocess.run([CLI, "sentences", path], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def digest(takeaways, files):
    return {
        "articles": [{"id": f"a{i + 1}", "source": os.path.basename(f)} for i, f in enumerate(files)],
        "takeaways": takeaways, "delegations": [], "unresolved": [], "quotes": [], "discrepancies": [],
    }


def lead3(files):
    return [{"text": s, "sources": [f"a{i + 1}"]} for i, f in enumerate(files) for s in sentences(f)[:3]]


def textrank(files, top=10, budget=250, damping=0.85):
    sents = [(i, s) for i, f in enumerate(files) for s in sentences(f)]
    bags = [Counter(w for w in re.findall(r"[a-z0-9']+", s.lower()) if w not in STOP) for _, s in sents]
    df = Counter(w for b in bags for w in b)
    n = len(bags)
    vecs = []
    for b in bags:
        v = {w: c * math.log(n / df[w]) for w, c in b.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({w: x / norm for w, x in v.items()})
    sim = [[sum(x * vecs[j].get(w, 0.0) for w, x in vecs[i].items()) if i != j else 0.0 for j in range(n)] for i in range(n)]
    rows = [sum(r) or 1.0 for r in sim]
    score = [1.0 / n] * n
    for _ in range(50):
        score = [(1 - damping) / n + damping * sum(sim[j][i] / rows[j] * score[j] for j in range(n)) for i in range(n)]
    chosen, words = [], 0
    for k in sorted(range(n), key=lambda k: -score[k]):
        length = len(sents[k][1].split())
        if len(chosen) < top and words + length <= budget:
            chosen.append({"text": sents[k][1], "sources": [f"a{sents[k][0] + 1}"]})
            words += length
    return chosen


def table(args):
    opts = dict(zip(args[::2], args[1::2]))
    gold, folder, scorer = opts["--gold"], opts["--dir"], opts["--scorer"]
    me = os.path.abspath(__file__)
    rows = [("newsdigest", [CLI, "--format", "json"]), ("Lead-3", [sys.executable, me, "lead3"]),
            ("TextRank", [sys.executable, me, "textrank"])]
    keys = ["key_facts_covered", "takeaway_words_counted", "unresolved_covered", "quotes_attributed",
            "delegation_f1", "discrepancies_found", "boilerplate_leaks"]
    print("| system | " + " | ".join(keys) + " |")
    print("|---" * (len(keys) + 1) + "|")
    for name, cmd in rows:
        out = subprocess.run([sys.executable, scorer, "--gold", gold, "--dir", folder, "--json", "--", *cmd],
                             capture_output=True, text=True, check=True)
        res = json.loads(out.stdout)
        print(f"| {name} | " + " | ".join(str(res.get(k, "")) for k in keys) + " |")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    mode, rest = sys.argv[1], sys.argv[2:]
    if mode == "table":
        return table(rest)
    picks = {"lead3": lead3, "textrank": textrank}.get(mode)
    if not picks:
        sys.exit(__doc__)
    print(json.dumps(digest(picks(rest), rest), ensure_ascii=False))


if __name__ == "__main__":
    main()
