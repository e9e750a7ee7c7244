#!/usr/bin/env python3
"""Scores the open issues against sentences judged by hand.

    python3 scripts/eval_issues.py [--gold tests/fixtures/open-issues-gold/judged.json]
        [--data /work/shared/data/dev] [--show] -- target/release/newsdigest --format json

Runs the command on each unit of the gold file (a DUC 2004 cluster: all its documents
together; a CNN story alone; the seed articles together) and reports:
- listed: the judged sentences that some open issue gives as evidence;
- precision: among those, the share judged open;
- kept: the judged-open sentences that are listed, of all judged open;
- topics: among the listed open ones, those whose issue topic shares at least half its
  words with the judged topic (token F1 >= 0.5);
- unjudged: listed sentences the gold file does not hold (new statements; read them
  with --show).
"""
import argparse
import json
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def tokens(text):
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def inputs(unit, data):
    if unit == "seeds":
        folder = os.path.join(ROOT, "tests", "fixtures", "seeds")
        return [os.path.join(folder, f) for f in sorted(os.listdir(folder))]
    path = os.path.join(data, unit)
    if os.path.isdir(path):
        docs = os.path.join(path, "docs")
        return [os.path.join(docs, f) for f in sorted(os.listdir(docs))]
    return [path]


def main():
    args = sys.argv[1:]
    if "--" not in args:
        sys.exit("usage: eval_issues.py [--gold FILE] [--data DIR] [--show] -- COMMAND...")
    split = args.index("--")
    parser = argparse.ArgumentParser()
    parser.add_argument("--gold", default=os.path.join(ROOT, "tests", "fixtures", "open-issues-gold", "judged.json"))
    parser.add_argument("--data", default="/work/shared/data/dev")
    parser.add_argument("--show", action="store_true")
    opts = parser.parse_args(args[:split])
    command = args[split + 1:]
    gold = json.load(open(opts.gold, encoding="utf-8"))["items"]
    by_unit = {}
    for g in gold:
        by_unit.setdefault(g["unit"], {})[norm(g["sentence"])] = g
    listed = unjudged = right = topics = 0
    kept = set()
    wrong, new = [], []
    for unit, judged in sorted(by_unit.items()):
        files = inputs(unit, opts.data)
        if not all(os.path.exists(f) for f in files):
            sys.exit(f"eval_issues: {unit} not found under {opts.data} (--data)")
        out = subprocess.run(command + files, capture_output=True, text=True)
        if out.returncode != 0:
            continue
        digest = json.loads(out.stdout)
        seen = set()
        for issue in digest.get("unresolved", []):
            for ev in issue.get("evidence", []):
                s = norm(ev["text"])
                if s in seen:
                    continue
                seen.add(s)
                g = judged.get(s)
                if g is None:
                    unjudged += 1
                    new.append((unit, issue["topic"], s))
                    continue
                listed += 1
                if not g["open"]:
                    wrong.append((unit, issue["topic"], s))
                    continue
                right += 1
                kept.add((unit, s))
                a, b = tokens(issue["topic"]), tokens(g["topic"])
                if a and b and 2 * len(a & b) / (len(a) + len(b)) >= 0.5:
                    topics += 1
    gold_open = sum(1 for g in gold if g["open"])
    print(f"judged sentences: {len(gold)} ({gold_open} open) in {len(by_unit)} digests")
    print(f"listed {listed}, precision {right / max(1, listed):.3f}, kept {len(kept)}/{gold_open}, "
          f"topics {topics}/{right}, unjudged {unjudged}")
    if opts.show:
        print("-- listed, judged not open:")
        for unit, topic, s in wrong:
            print(f"  {unit} | {topic} | {s[:160]}")
        print("-- listed, not judged:")
        for unit, topic, s in new:
            print(f"  {unit} | {topic} | {s[:160]}")


if __name__ == "__main__":
    main()
