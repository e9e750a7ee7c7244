#!/usr/bin/env python3
"""Scores whole digests of other events against gold digests made by reading the articles.

    python3 scripts/eval_events.py [--gold-dir tests/fixtures/event-gold]
        [--data /work/shared/data/dev] [--scorer /work/shared/eval/score.py] [--json]
        -- target/release/newsdigest --format json

Each gold file (the layout of a seed gold: sides, delegations, not_delegates, key_facts,
unresolved, quotes, discrepancies) names a DUC 2004 cluster as its `event` and the
cluster's documents as its `articles`. The command digests the cluster's documents
together; the digest is scored by the scorer's `score` function, the same figures as for
the seeds: delegation precision, recall and F1, key facts covered, open issues covered and
on target, quotes attributed, disagreements found. Prints one row per event and the totals.
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or not os.path.exists(path):
        sys.exit(f"eval_events: no scorer at {path} (--scorer)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fraction(text):
    """The (got, of) of a figure written "3/5" or "3/5 (+1 soft)"."""
    got, of = text.split(" ")[0].split("/")
    return int(got), int(of)


def main():
    args = sys.argv[1:]
    if "--" not in args:
        sys.exit("usage: eval_events.py [--gold-dir DIR] [--data DIR] [--scorer FILE] [--json] -- COMMAND...")
    split = args.index("--")
    parser = argparse.ArgumentParser()
    parser.add_argument("--gold-dir", default=os.path.join(ROOT, "tests", "fixtures", "event-gold"))
    parser.add_argument("--data", default="/work/shared/data/dev")
    parser.add_argument("--scorer", default="/work/shared/eval/score.py")
    parser.add_argument("--json", action="store_true")
    opts = parser.parse_args(args[:split])
    command = args[split + 1:]
    scorer = load_scorer(opts.scorer)

    rows = []
    for name in sorted(os.listdir(opts.gold_dir)):
        if not name.endswith(".json"):
            continue
        gold = json.load(open(os.path.join(opts.gold_dir, name), encoding="utf-8"))
        docs = os.path.join(opts.data, "duc2004", "clusters", gold["event"], "docs")
        paths = [os.path.join(docs, a) for a in gold["articles"]]
        missing = [p for p in paths if not os.path.exists(p)]
        if missing:
            sys.exit(f"eval_events: {missing[0]} not found (--data)")
        run = subprocess.run(command + paths, capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"eval_events: {' '.join(command)} failed on {gold['event']}: {run.stderr}")
        rows.append((gold["event"], scorer.score(gold, json.loads(run.stdout))))

    totals = {}
    for key in ("key_facts_covered", "unresolved_covered", "unresolved_on_target", "quotes_attributed", "discrepancies_found"):
        pairs = [fraction(r[key]) for _, r in rows]
        totals[key] = f"{sum(g for g, _ in pairs)}/{sum(n for _, n in pairs)}"
    for key in ("delegation_precision", "delegation_recall", "delegation_f1"):
        totals[key] = round(sum(float(r[key]) for _, r in rows) / max(len(rows), 1), 3)
    if opts.json:
        print(json.dumps({"events": dict(rows), "totals": totals}, indent=1))
        return
    cols = [("delegation P/R/F1", lambda r: f"{float(r['delegation_precision']):.2f}/{float(r['delegation_recall']):.2f}/{float(r['delegation_f1']):.2f}"),
            ("key facts", lambda r: r["key_facts_covered"]),
            ("open issues", lambda r: r["unresolved_covered"]),
            ("on target", lambda r: r["unresolved_on_target"]),
            ("quotes", lambda r: r["quotes_attributed"]),
            ("disagreements", lambda r: r["discrepancies_found"].split(" ")[0])]
    print("event      " + "  ".join(f"{c:>17}" for c, _ in cols))
    for event, r in rows:
        print(f"{event:10} " + "  ".join(f"{f(r):>17}" for _, f in cols))
    t = totals
    print(f"{'all':10} " + "  ".join(f"{x:>17}" for x in (
        f"{t['delegation_precision']:.2f}/{t['delegation_recall']:.2f}/{t['delegation_f1']:.2f}",
        t["key_facts_covered"], t["unresolved_covered"], t["unresolved_on_target"], t["quotes_attributed"], t["discrepancies_found"])))


if __name__ == "__main__":
    main()
