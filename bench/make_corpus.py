#!/usr/bin/env python3
"""Make a benchmark corpus from real article text: make_corpus.py OUT.jsonl MEGABYTES [SOURCE.jsonl|.txt ...]

Sentences of the sources (JSON Lines with a "text" field, or plain text
files) are shuffled and recombined into documents of 3 to 12 sentences, each
with a distinct id and a date, until the output reaches the size asked for.
Deterministic (fixed seed). Python standard library only.
"""
import json
import random
import re
import sys


def sentences(paths):
    out = []
    for p in paths:
        if p.endswith(".jsonl"):
            texts = [json.loads(l).get("text", "") for l in open(p, encoding="utf-8") if l.strip()]
        else:
            texts = [open(p, encoding="utf-8").read()]
        for t in texts:
            out.extend(s.strip() for s in re.split(r"(?<=[.!?])\s+", t) if len(s.strip()) > 20)
    return out


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    out_path, megabytes, sources = argv[0], float(argv[1]), argv[2:]
    pool = sentences(sources)
    if not pool:
        print("no sentences in the sources", file=sys.stderr)
        return 1
    rng = random.Random(20241128)
    target = int(megabytes * 1e6)
    written = 0
    n = 0
    with open(out_path, "w", encoding="utf-8") as f:
        while written < target:
            text = " ".join(rng.choice(pool) for _ in range(rng.randint(3, 12)))
            date = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            line = json.dumps({"id": f"bench-{n}", "date": date, "text": text}, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    print(f"{n} documents, {written / 1e6:.1f} MB from {len(pool)} sentences → {out_path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
