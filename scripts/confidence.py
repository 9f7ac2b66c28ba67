#!/usr/bin/env python3
"""How well confidence ranks right relations above wrong ones.

  scripts/confidence.py SCORER GOLD.jsonl PRED.jsonl

SCORER is the path of the project's score.py; its entity alignment and
relation matching decide which predicted relations are right. Prints the mean
confidence of right and wrong relations, the probability that a random right
relation outranks a random wrong one (ROC AUC), and precision by confidence
band. Python standard library only.
"""
import importlib.util
import json
import sys


def load(path):
    return {str(r["id"]): r for r in (json.loads(l) for l in open(path, encoding="utf-8") if l.strip())}


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    spec = importlib.util.spec_from_file_location("score", argv[0])
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold, pred = load(argv[1]), load(argv[2])
    right, wrong = [], []
    for doc_id, g in gold.items():
        p = pred.get(doc_id, {})
        gents = g.get("entities", []) or []
        _, mapping = score.align_entities(gents, p.get("entities", []) or [])
        gold_names = {e["name"] for e in gents}
        grels = [(score.rtype(r["type"]), r["source"], r["target"], bool(r.get("negated"))) for r in g.get("relations", [])]
        for r in p.get("relations", []) or []:
            t = score.rtype(r.get("type"))
            s = score.resolve(r.get("source", ""), mapping, gents) or "?"
            tg = score.resolve(r.get("target", ""), mapping, gents) or "?" + r.get("target", "")
            ok = False
            for gr in grels:
                if gr[0] != t or gr[3] != bool(r.get("negated")):
                    continue
                if gr[0] in score.TOPICAL and gr[2] not in gold_names:
                    ok = gr[1] == s and score.topic_match(gr[2], tg.lstrip("?"))
                else:
                    ok = score.rel_key(*gr[:3]) == score.rel_key(t, s, tg)
                if ok:
                    break
            (right if ok else wrong).append(float(r.get("confidence", 0)))
    if not right or not wrong:
        print(f"right {len(right)}, wrong {len(wrong)}: nothing to rank")
        return 0
    pairs = sum((a > b) + 0.5 * (a == b) for a in right for b in wrong)
    auc = pairs / (len(right) * len(wrong))
    print(f"right relations {len(right)}, mean confidence {sum(right) / len(right):.3f}")
    print(f"wrong relations {len(wrong)}, mean confidence {sum(wrong) / len(wrong):.3f}")
    print(f"ROC AUC (a right relation outranks a wrong one) {auc:.3f}")
    for lo, hi in ((0.0, 0.6), (0.6, 0.75), (0.75, 0.85), (0.85, 1.01)):
        r = sum(lo <= c < hi for c in right)
        w = sum(lo <= c < hi for c in wrong)
        if r + w:
            print(f"  confidence [{lo:.2f}, {min(hi, 1):.2f}): {r + w:3} relations, precision {r / (r + w):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
