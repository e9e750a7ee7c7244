#!/usr/bin/env python3
"""Times the CLI on generated worst cases for quotes, people and delegations, at growing
sizes, and fits the growth exponent k of time ~ size^k (1.0 is linear).

    python3 scripts/stress_quotes.py [--sizes 1,2,4,8,16] [--cases one-speaker,one-sentence,many-names,long-list]
        -- target/release/newsdigest --format json

Cases (sizes in MB of input):
- one-speaker: one person quoted again and again, a quote per paragraph;
- one-sentence: one sentence holding quote after quote;
- many-names: paragraphs naming ever new people with titles, quoted and joined;
- long-list: one attendee list of ever more names.
Prints, per size, the seconds, and the JSON output size over the input size.
"""
import argparse
import math
import os
import random
import subprocess
import sys
import tempfile
import time

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "va", "de", "gu", "zo", "be", "fi", "ha", "ju"]


def word(rng, n=None):
    n = n or rng.randint(2, 4)
    return "".join(rng.choice(SYLLABLES) for _ in range(n))


def name(rng):
    return f"{word(rng).capitalize()} {word(rng, 3).capitalize()}"


COMMON = "the a of to and in that we will not for on with this our is are be have".split()


def sentence(rng, n):
    return " ".join(rng.choice(COMMON) if rng.random() < 0.4 else word(rng) for _ in range(n))


def one_speaker(rng, size):
    out = ["Foreign Minister Jane Doe spoke to reporters on Monday."]
    total = 0
    while total < size:
        p = f"\"{sentence(rng, rng.randint(8, 16)).capitalize()},\" Doe said."
        out.append(p)
        total += len(p) + 2
    return "\n\n".join(out)


def one_sentence(rng, size):
    parts = ["Foreign Minister Jane Doe said"]
    total = 0
    while total < size:
        p = f"\"{sentence(rng, rng.randint(4, 8)).capitalize()},\" and added"
        parts.append(p)
        total += len(p) + 1
    return " ".join(parts) + " nothing more."


def many_names(rng, size):
    out = []
    total = 0
    while total < size:
        a, b, c = name(rng), name(rng), name(rng)
        p = (f"US President {a} met French Prime Minister {b} for talks. {a} was joined by Finance Minister {c}. "
             f"\"{sentence(rng, 10).capitalize()},\" {b.split()[1]} said.")
        out.append(p)
        total += len(p) + 2
    return "\n\n".join(out)


def long_list(rng, size):
    names = []
    total = 0
    while total < size:
        n = f"adviser {name(rng)}"
        names.append(n)
        total += len(n) + 2
    return "US President Jane Doe met French President John Roe for talks. Doe was joined by " + ", ".join(names) + "."


CASES = {"one-speaker": one_speaker, "one-sentence": one_sentence, "many-names": many_names, "long-list": long_list}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1,2,4,8,16")
    ap.add_argument("--cases", default=",".join(CASES))
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    if not cmd:
        ap.error("give the command after --")
    sizes = [float(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        for case in args.cases.split(","):
            points = []
            for mb in sizes:
                text = CASES[case](random.Random(7), int(mb * 1_000_000))
                path = os.path.join(tmp, f"{case}.txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                start = time.perf_counter()
                out = subprocess.run(cmd + [path], capture_output=True)
                secs = time.perf_counter() - start
                ok = "" if out.returncode == 0 else f" (exit {out.returncode}: {out.stderr.decode()[:80]})"
                ratio = len(out.stdout) / len(text.encode())
                print(f"{case:13} {mb:6.2f} MB  {secs:8.3f} s  json/input {ratio:6.2f}{ok}", flush=True)
                points.append((len(text), secs))
            if len(points) >= 2:
                xs = [math.log(s) for s, _ in points]
                ys = [math.log(max(t, 1e-4)) for _, t in points]
                mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
                k = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
                print(f"{case:13} growth exponent k = {k:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
