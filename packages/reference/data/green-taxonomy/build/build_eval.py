"""The labelled evaluation set for the green classifier (GreenFin analyst labels); one-off, not kept."""
import collections
import json
import os

from eval_data_4 import HOLDOUT_IDS
from eval_data_5 import HOLDOUT2_IDS
from common import INDUSTRY_FILE, LEGEND, OUT, VERSION, load, write_json
from eval_data_1 import R

DIR = f"eval/green-id-eval@{VERSION}"


def main():
    ind = json.load(open(INDUSTRY_FILE, encoding="utf8"))
    section_of = {d["code"]: d["section"] for d in ind["divisions"]}
    tree = {n["code"]: n for n in load("taxonomy_cn_2025.json")["nodes"]}
    texts = set()
    lines = []
    for i, rec in enumerate(R, 1):
        assert rec["text"] not in texts, rec["text"]
        texts.add(rec["text"])
        if rec["expected"] != "none":
            for c in rec["expected"]:
                assert c in tree and tree[c]["level"] == 3, c
        if rec["conf"] == "judgement" or rec["expected"] == "none":
            assert rec["note"], rec["text"]
        code = rec["industry"]
        out = {
            "id": f"GI-{i:04d}",
            "text": rec["text"],
            "language": rec["lang"],
            "industryCode": section_of[code[:2]] + code if code else None,
            "parameters": [{"key": k, "value": v, "unit": u} for k, v, u in rec["params"]],
            "expected": rec["expected"],
            "blue": rec["blue"] is not None,
            "blueBasis": rec["blue"],
            "transition": rec["transition"],
            "labelConfidence": rec["conf"],
            "labelNote": rec["note"] or None,
            "inspiredBy": rec["inspired"],
            "split": "holdout" if i in HOLDOUT_IDS else "holdout-2" if i in HOLDOUT2_IDS else "dev",
        }
        lines.append(json.dumps(out, ensure_ascii=False))
    os.makedirs(os.path.join(OUT, DIR), exist_ok=True)
    with open(os.path.join(OUT, DIR, "records.jsonl"), "w", encoding="utf8") as f:
        f.write("\n".join(lines) + "\n")

    recs = [json.loads(l) for l in lines]
    family = collections.Counter(
        "negative" if r["expected"] == "none" else r["expected"][0].split(".")[0] for r in recs
    )
    meta = {
        "id": "green-id-eval",
        "version": VERSION,
        "status": "draft",
        "kind": "evaluation-set",
        "name": {"zh": "绿色项目识别评测集", "en": "Green identification evaluation set"},
        "catalogue": f"cn-green-2025@{VERSION}",
        "standing": (
            "Project descriptions written by GreenFin in the style of public descriptions of green projects (bank project "
            "libraries, bond prospectuses' use of proceeds, company announcements, local government project lists). No "
            "record copies a real project's text; 'inspiredBy' names the public kind of project. Labels are GreenFin's "
            "reading of the 2025 catalogue's category scope (analyst), not a certification."
        ),
        "sources": [f"cn-green-2025@{VERSION}", f"cn-green-bond-2021@{VERSION} (condition texts via the crosswalk)", f"blue-finance@{VERSION}", f"transition-finance@{VERSION}"],
        "verificationLegend": LEGEND,
        "verification": "analyst",
        "facts": [],
        "labelling": {
            "expected": "Every 2025 level-3 code whose category scope (name, group, GB/T 4754 classes and, through the crosswalk, the 2021 condition text) covers the described project, primary first; 'none' when no item does (not green, or excluded such as coal utilisation). Technical thresholds the data lacks are not judged: a described project is taken to meet its item's criteria unless the text says otherwise.",
            "labelConfidence": "'clear' when one item plainly names the activity; 'judgement' when the boundary between items (or with 'none') needed a reading, explained in labelNote.",
            "blue": "Blue-finance relevant in the IFC sense (ocean protection and/or improved water management, SDG 14/6). blueBasis 'marine' = ocean or coast, which also meets the SSE 2021 blue-bond label rule (marine protection and sustainable use of marine resources); 'water' = freshwater supply, sanitation or water management only.",
            "transition": "The project cuts the greenhouse-gas emissions of an asset in a PBoC first-batch transition-finance sector (steel, coal power, building materials, agriculture) or another heavy industry (non-ferrous metals, petrochemicals, chemicals, paper), whether or not it is also green under the 2025 catalogue. Pollution control without a carbon effect is not transition; capacity expansion never is. Agriculture only where the text names an emission cut from farming itself (e.g. methane from manure).",
            "industryCode": "GB/T 4754-2017 class of the project's activity (canonical form, section letter + 4 digits), or null (e.g. personal loans). Catalogue note 3: the class is evidence, never the verdict; some records deliberately pair a green project with an unrelated industry code.",
            "parameters": "Technical parameters as stated in the text (key, value, unit).",
            "split": "'dev': the vocabulary (cn-green-2025@2026.1 vocabulary.json) was checked against these records and generic synonyms were added where a record had no term of its expected item, so term coverage on 'dev' is not an independent measure. 'holdout': written after the vocabulary and never used to tune it. 'holdout-2': written later in one pass, after the classifier (weights, signals, vocabulary) was frozen, labelled from the catalogue's item scope without running the classifier or reading the vocabulary, then measured once. Report metrics on every split and never tune on 'holdout' or 'holdout-2'.",
        },
        "composition": {
            "records": len(recs),
            "bySplit": dict(collections.Counter(r["split"] for r in recs)),
            "byFamily": dict(sorted(family.items())),
            "byLanguage": dict(collections.Counter(r["language"] for r in recs)),
            "negatives": family["negative"],
            "blue": sum(r["blue"] for r in recs),
            "blueMarine": sum(r["blueBasis"] == "marine" for r in recs),
            "transition": sum(r["transition"] for r in recs),
            "multiLabel": sum(1 for r in recs if r["expected"] != "none" and len(r["expected"]) > 1),
            "judgement": sum(r["labelConfidence"] == "judgement" for r in recs),
            "withIndustryCode": sum(r["industryCode"] is not None for r in recs),
            "withParameters": sum(bool(r["parameters"]) for r in recs),
            "distinctExpectedCodes": len({c for r in recs if r["expected"] != "none" for c in r["expected"]}),
        },
        "gaps": [
            "Written, not sampled: the set reflects GreenFin's idea of typical projects, so precision/recall on it are indicative, not a measure on real submissions.",
            f"{len({c for r in recs if r['expected'] != 'none' for c in r['expected']})} of the 271 level-3 items appear among the expected labels; the others are untested, and trade (8.x) and consumption (9.x) are thinly covered.",
            "Labels were not reviewed by a second person; the official item criteria (thresholds) were not available to check them.",
            "Transition flags rest on a sector list only: the PBoC transition-finance standards' activity lists are not available (see transition-finance@2026.1).",
        ],
    }
    import matching

    voc = json.load(open(matching.VOCABULARY, encoding="utf8"))
    check = {}
    for split in ("dev", "holdout", "holdout-2"):
        pos = [x for x in recs if x["split"] == split and x["expected"] != "none"]
        neg = [x for x in recs if x["split"] == split and x["expected"] == "none"]
        pos_miss = sum(1 for x in pos if not any(c in matching.hits(x["text"], voc)[0] for c in x["expected"]))
        neg_hit = sum(1 for x in neg if matching.hits(x["text"], voc)[0] and not matching.hits(x["text"], voc)[1])
        check[split] = {"positives": len(pos), "positivesWithoutTermOfExpectedItem": pos_miss, "negatives": len(neg), "negativesWithSomeTermAndNoGlobalExclusion": neg_hit}
    check["devBeforeSynonymPass"] = {"positives": 239, "positivesWithoutTermOfExpectedItem": 45}
    check["rule"] = "vocabulary.json 'matching' rule: Chinese terms as substrings; English terms case-insensitively from a word start, all-capital terms case-sensitively; node exclusions and global exclusions (with their unless terms) applied."
    meta["vocabularyCheck"] = check
    write_json(f"{DIR}/meta.json", meta)
    print(json.dumps(meta["composition"], ensure_ascii=False))


if __name__ == "__main__":
    main()
