"""Lists the evaluation records of a split whose expected items none of the vocabulary's terms reach.

    python3 vocabulary_coverage.py dev|holdout|holdout-2

Tune the vocabulary from 'dev' (or better, from reviewers' corrections), never from 'holdout' or 'holdout-2'.
"""
import json
import sys

from common import OUT, VERSION
from matching import VOCABULARY, hits

split = sys.argv[1] if len(sys.argv) > 1 else "dev"
voc = json.load(open(VOCABULARY, encoding="utf8"))
records = [json.loads(l) for l in open(f"{OUT}/eval/green-id-eval@{VERSION}/records.jsonl", encoding="utf8")]
miss = negative_hits = positives = 0
for r in (x for x in records if x["split"] == split):
    items, excluded = hits(r["text"], voc)
    if r["expected"] == "none":
        if items and not excluded:
            negative_hits += 1
            print("negative matched", r["id"], r["text"][:40], sorted(items))
        continue
    positives += 1
    if not any(c in items for c in r["expected"]):
        miss += 1
        print("no term", r["id"], r["expected"], r["text"][:60], "| matched", sorted(items))
print(f"{split}: {positives} positives, {miss} without a term of an expected item; {negative_hits} negatives matched")
