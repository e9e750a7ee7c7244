#!/usr/bin/env python3
"""Scores the disagreements found in figures against pairs of sentences judged by hand.

    python3 scripts/eval_disagreements.py [--gold tests/fixtures/disagreements-gold/judged.json]
        [--data /work/shared/data/dev] [--show] -- target/release/newsdigest --format json

Runs the command on each DUC 2004 cluster of the gold file (all its documents together)
and reads every listed disagreement of figures (not the wording of a quote, not "first
since"). A listed disagreement matches a judged pair when one of its claims gives the pair's
first sentence as evidence and another claim the second. Reports:
- listed: the disagreements of figures listed for the clusters;
- real / not real: those matching a pair judged real / only pairs judged not real;
- unjudged: those matching no judged pair (read them with --show);
- found: the pairs judged real that some listed disagreement matches, of all judged real.
"""
import argparse
import json
import os
import re
import subprocess
import sys


ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def norm(text):
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip()


def main():
    args = sys.argv[1:]
    if "--" not in args:
        sys.exit("usage: eval_disagreements.py [--gold FILE] [--data DIR] [--show] -- COMMAND...")
    split = args.index("--")
    parser = argparse.ArgumentParser()
    parser.add_argument("--gold", default=os.path.join(ROOT, "tests", "fixtures", "disagreements-gold", "judged.json"))
    parser.add_argument("--data", default="/work/shared/data/dev")
    parser.add_argument("--show", action="store_true")
    opts = parser.parse_args(args[:split])
    command = args[split + 1:]
    gold = json.load(open(opts.gold, encoding="utf-8"))["items"]
    by_unit = {}
    for g in gold:
        by_unit.setdefault(g["unit"], []).append(g)
    listed = real = not_real = 0
    found = set()
    shown = []
    for unit, pairs in sorted(by_unit.items()):
        docs = os.path.join(opts.data, unit, "docs")
        if not os.path.isdir(docs):
            sys.exit(f"eval_disagreements: {unit} not found under {opts.data} (--data)")
        files = [os.path.join(docs, f) for f in sorted(os.listdir(docs))]
        out = subprocess.run(command + files, capture_output=True, text=True)
        if out.returncode != 0:
            continue
        for d in json.loads(out.stdout).get("discrepancies", []):
            if d["topic"].startswith(("Wording of", "First such since")):
                continue
            listed += 1
            claims = [{norm(e["text"]) for e in c.get("evidence", [])} for c in d["claims"]]

            def holds(p):
                a, b = norm(p["a"]), norm(p["b"])
                return any(a in x and b in y for i, x in enumerate(claims) for j, y in enumerate(claims) if i != j)

            matched = [i for i, p in enumerate(pairs) if holds(p)]
            if any(pairs[i]["real"] for i in matched):
                real += 1
                found.update((unit, i) for i in matched if pairs[i]["real"])
                verdict = "real"
            elif matched:
                not_real += 1
                verdict = "not real"
            else:
                verdict = "unjudged"
            shown.append((verdict, unit, d["topic"]))
    gold_real = sum(1 for g in gold if g["real"])
    print(f"judged pairs: {len(gold)} ({gold_real} real) in {len(by_unit)} clusters")
    print(f"listed {listed}: real {real}, not real {not_real}, unjudged {listed - real - not_real}; "
          f"found {len(found)}/{gold_real} real pairs")
    if opts.show:
        for verdict, unit, topic in shown:
            print(f"  {verdict:9} {unit} | {topic}")


if __name__ == "__main__":
    main()
