#!/usr/bin/env python3
"""ROUGE of the digest's takeaways against human summaries, next to other systems.

  python3 scripts/eval_digest.py duc   DIR [options]     (npm run eval:digest -- duc DIR)
  python3 scripts/eval_digest.py cnndm DIR [options]     (npm run eval:digest -- cnndm DIR)

Layouts:
  duc    DIR/clusters/<id>/docs/*.txt      the articles of one story, digested together
         DIR/clusters/<id>/models/*.txt    human summaries of the cluster
         DIR/peers/<System>/<id>.txt       (optional) other systems' summaries, scored alike
  cnndm  DIR/stories/<id>.txt              one article, digested alone
         DIR/highlights/<id>.txt           its highlights, one per line

duc:   the takeaways, in order, cut to 100 words (--words), ROUGE-1/2 recall (Porter
       stemming, stopwords kept) averaged over the cluster's summaries, then over clusters;
       every system under DIR/peers is scored the same way in the same run.
cnndm: the first 3 takeaways (--first) against the highlights, ROUGE-1/2/Lsum F1, next to
       Lead-3: the story's first 3 sentences as `newsdigest sentences` splits them.

Options:
  --half odd|even     only the odd (1st, 3rd, ...) or even inputs in sorted order, to tune
                      on one half and check on the other
  --limit N           the first N inputs
  --jobs N            digests run in parallel (default 2)
  --json              one JSON object instead of the table
  --cli PATH          the newsdigest binary (default target/release/newsdigest)
  -- ARG ...          more arguments for the digest command (e.g. -- --words 100)

Needs the rouge-score package. Without it in this Python, the script runs itself again
with ./.venv/bin/python when that exists. To make one:
  python3 -m venv .venv && .venv/bin/pip install rouge-score
"""
import argparse
import concurrent.futures as cf
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

try:
    from rouge_score import rouge_scorer
except ImportError:
    venv = os.path.join(ROOT, ".venv", "bin", "python")
    if os.path.exists(venv) and not os.environ.get("EVAL_DIGEST_REEXEC"):
        os.environ["EVAL_DIGEST_REEXEC"] = "1"
        os.execv(venv, [venv] + sys.argv)
    sys.exit(
        "eval_digest.py needs the rouge-score package:\n"
        "  python3 -m venv .venv && .venv/bin/pip install rouge-score"
    )


def first_words(text, n):
    return " ".join(text.split()[:n])


def run_digest(cmd, files):
    try:
        r = subprocess.run(cmd + files, capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        return None, "timed out"
    if r.returncode != 0:
        return None, r.stderr.strip()[:300]
    try:
        return [t["text"] for t in json.loads(r.stdout).get("takeaways", [])], None
    except (ValueError, KeyError, TypeError) as e:
        return None, f"bad JSON: {e}"


def pick(items, args):
    items = sorted(items)
    if args.half == "odd":
        items = items[0::2]
    elif args.half == "even":
        items = items[1::2]
    return items[: args.limit or None]


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def duc(args, cmd):
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    root = os.path.join(args.dir, "clusters")
    clusters = pick(os.listdir(root), args)
    peers_dir = os.path.join(args.dir, "peers")
    systems = sorted(os.listdir(peers_dir)) if os.path.isdir(peers_dir) else []
    totals = {s: [0.0, 0.0, 0] for s in ["newsdigest"] + systems}
    failures = []

    def one(c):
        docs_dir = os.path.join(root, c, "docs")
        docs = sorted(os.path.join(docs_dir, f) for f in os.listdir(docs_dir))
        return c, run_digest(cmd, docs)

    with cf.ThreadPoolExecutor(args.jobs) as pool:
        digests = dict(pool.map(one, clusters))
    for c in clusters:
        models_dir = os.path.join(root, c, "models")
        models = [read(os.path.join(models_dir, m)) for m in sorted(os.listdir(models_dir))]
        takeaways, err = digests[c]
        if err:
            failures.append(f"{c}: {err}")
        outputs = {"newsdigest": " ".join(takeaways or [])}
        for s in systems:
            p = os.path.join(peers_dir, s, c + ".txt")
            if os.path.exists(p):
                outputs[s] = read(p)
        for s, text in outputs.items():
            summary = first_words(text, args.words)
            scores = [scorer.score(m, summary) for m in models]
            t = totals[s]
            t[0] += sum(x["rouge1"].recall for x in scores) / len(models)
            t[1] += sum(x["rouge2"].recall for x in scores) / len(models)
            t[2] += 1
    rows = {
        s: {"rouge1_recall": 100 * t[0] / t[2], "rouge2_recall": 100 * t[1] / t[2], "clusters": t[2]}
        for s, t in totals.items()
        if t[2]
    }
    return rows, failures, len(clusters)


def cnndm(args, cmd):
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    stories = os.path.join(args.dir, "stories")
    ids = pick([f[:-4] for f in os.listdir(stories) if f.endswith(".txt")], args)
    failures = []

    def one(i):
        story = os.path.join(stories, i + ".txt")
        takeaways, err = run_digest(cmd, [story])
        r = subprocess.run([cmd[0], "sentences", story], capture_output=True, text=True, timeout=120)
        try:
            lead = json.loads(r.stdout)[:3] if r.returncode == 0 else []
        except ValueError:
            lead = []
        return i, takeaways, err, lead

    totals = {"newsdigest": [0.0, 0.0, 0.0, 0], "Lead-3": [0.0, 0.0, 0.0, 0]}
    with cf.ThreadPoolExecutor(args.jobs) as pool:
        for i, takeaways, err, lead in pool.map(one, ids):
            ref = read(os.path.join(args.dir, "highlights", i + ".txt")).strip()
            if err:
                failures.append(f"{i}: {err}")
            for s, sents in (("newsdigest", (takeaways or [])[: args.first]), ("Lead-3", lead)):
                sc = scorer.score(ref, "\n".join(sents))
                t = totals[s]
                t[0] += sc["rouge1"].fmeasure
                t[1] += sc["rouge2"].fmeasure
                t[2] += sc["rougeLsum"].fmeasure
                t[3] += 1
    rows = {
        s: {
            "rouge1_f": 100 * t[0] / t[3],
            "rouge2_f": 100 * t[1] / t[3],
            "rougeLsum_f": 100 * t[2] / t[3],
            "stories": t[3],
        }
        for s, t in totals.items()
        if t[3]
    }
    return rows, failures, len(ids)


def main():
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1 :]
    ap = argparse.ArgumentParser(description="ROUGE of the digest's takeaways.")
    ap.add_argument("layout", choices=["duc", "cnndm"])
    ap.add_argument("dir")
    ap.add_argument("--half", choices=["odd", "even"])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--words", type=int, default=100, help="duc: words of the summary scored")
    ap.add_argument("--first", type=int, default=3, help="cnndm: takeaways scored")
    ap.add_argument("--cli", default=os.path.join(ROOT, "target", "release", "newsdigest"))
    args = ap.parse_args(argv)
    if not os.path.exists(args.cli):
        sys.exit(f"no {args.cli}: build it first (cargo build --release)")
    cmd = [args.cli, "--format", "json"] + extra
    rows, failures, n = (duc if args.layout == "duc" else cnndm)(args, cmd)
    if args.json:
        out = {"layout": args.layout, "inputs": n, "systems": rows, "failures": failures}
        print(json.dumps(out, indent=1))
        return
    keys = [k for k in next(iter(rows.values())) if k not in ("clusters", "stories")]
    print(f"{'system':<14}" + "".join(f"{k:>15}" for k in keys))
    for s, r in sorted(rows.items(), key=lambda kv: -kv[1][keys[0]]):
        print(f"{s:<14}" + "".join(f"{r[k]:>15.2f}" for k in keys))
    print(f"{n} inputs, {len(failures)} failed" + "".join(f"\n  {f}" for f in failures[:10]))


if __name__ == "__main__":
    main()
