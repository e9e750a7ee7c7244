#!/usr/bin/env python3
"""Scores who said what against a hand-made gold file of direct quotes.

    python3 scripts/eval_quotes.py [--gold tests/fixtures/quotes-gold/quotes.json]
        [--data /work/shared/data/dev] [--split dev|check|all] [--show] -- target/release/newsdigest --format json

Runs the command on each article of the gold file alone and reports, per split:
- found: gold quotes (optional ones left out) that some digest quote covers;
- speaker right: among the found, those whose digest speaker is the gold speaker;
- precision: digest quotes that are real quotes (a digest quote that matches only an
  optional gold quote is left out of the count).

A digest quote covers a gold quote when the first (up to 8) words of either stand
contiguously in the other, words compared lowercased without punctuation or accents.
The speaker is right when the last word of the gold speaker (or of an `also` entry) is
one of the digest speaker's words, or when the digest speaker is one word of the gold
name ("Lee" for "Lee Myung-bak").
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

PREFIX_WORDS = 8


def words(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.findall(r"[a-z0-9]+", text)


def contains(hay, needle):
    n = len(needle)
    if n == 0:
        return False
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def covers(found, gold):
    fw, gw = words(found), words(gold)
    return contains(fw, gw[:PREFIX_WORDS]) or contains(gw, fw[:PREFIX_WORDS])


def speaker_right(found, gold):
    fw = words(found)
    if not fw:
        return False
    for cand in [gold["speaker"]] + gold.get("also", []):
        cw = words(cand)
        if not cw:
            continue
        if cw[-1] in fw:
            return True
        if len(fw) == 1 and fw[0] in cw and cand[:1].isupper():
            return True
    return False


def run(cmd, path):
    out = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        return []
    try:
        return json.loads(out.stdout).get("quotes") or []
    except json.JSONDecodeError:
        return []


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--gold", default=os.path.join(here, "..", "tests", "fixtures", "quotes-gold", "quotes.json"))
    ap.add_argument("--data", default="/work/shared/data/dev")
    ap.add_argument("--split", default="all", choices=["dev", "check", "all"])
    ap.add_argument("--show", action="store_true", help="list misses, wrong speakers and false quotes")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    if not cmd:
        ap.error("give the command after --")
    gold = json.load(open(args.gold, encoding="utf-8"))
    splits = ["dev", "check"] if args.split == "all" else [args.split]
    for split in splits:
        arts = [a["path"] for a in gold["articles"] if a["split"] == split]
        n_gold = found = right = real = counted = 0
        notes = []
        for path in arts:
            quotes = run(cmd, os.path.join(args.data, path))
            golds = [g for g in gold["quotes"] if g["article"] == path]
            for g in golds:
                if g.get("optional"):
                    continue
                n_gold += 1
                hits = [q for q in quotes if covers(q.get("text", ""), g["text"])]
                if not hits:
                    notes.append(f"MISS   {path}: \"{g['text'][:70]}\" ({g['speaker']})")
                    continue
                found += 1
                if any(speaker_right(q.get("speaker", ""), g) for q in hits):
                    right += 1
                else:
                    notes.append(f"WHO    {path}: \"{g['text'][:50]}\" gold {g['speaker']!r}, got {hits[0].get('speaker')!r}")
            for q in quotes:
                matches = [g for g in golds if covers(q.get("text", ""), g["text"])]
                if matches and all(g.get("optional") for g in matches):
                    continue
                counted += 1
                if matches:
                    real += 1
                else:
                    notes.append(f"FALSE  {path}: \"{q.get('text', '')[:70]}\" ({q.get('speaker')})")
        pct = lambda a, b: f"{100.0 * a / b:.1f}%" if b else "-"
        print(f"{split}: {len(arts)} articles, {n_gold} gold quotes")
        print(f"  found          {found}/{n_gold} {pct(found, n_gold)}")
        print(f"  speaker right  {right}/{found} {pct(right, found)}")
        print(f"  precision      {real}/{counted} {pct(real, counted)}")
        if args.show:
            for n in notes:
                print("   ", n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
