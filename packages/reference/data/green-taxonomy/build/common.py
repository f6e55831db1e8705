"""Paths and helpers of the green-taxonomy build scripts.

The data under packages/reference/data/green-taxonomy/ was transcribed from the project's shared reference material
(shared/reference/: taxonomy_cn_2025.json, taxonomy_cn_green_bond_catalogue_2021.json,
taxonomy_cn_2024_cgt_blue_transition.json, blue_finance_categories.json), which is not part of this repository.
Set GF_SHARED_REFERENCE to its directory; the default is ../shared/reference beside the repository.
The vocabulary (vocab_data.py) and the evaluation records (eval_data_*.py) are written here by hand.
"""
import hashlib
import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = str(HERE.parent)
REPO = HERE.parents[4]
SHARED = os.environ.get("GF_SHARED_REFERENCE", str(REPO.parent / "shared" / "reference"))
INDUSTRY_FILE = str(HERE.parents[1] / "industry" / "gbt4754-2017.json")
VERSION = "2026.1"

LEGEND = {
    "verified": "read from the official text itself (or a full-text copy of it)",
    "verified-secondary": "from a secondary report or transcription of the official release, cross-checked where noted",
    "derived-secondary": "derived mechanically from verified-secondary facts (e.g. two identical names on both sides of a crosswalk)",
    "heuristic": "text split or cleaned by hand-written rules from a PDF-extracted source (see verificationNote)",
    "manually-corrected": "text split or cleaned by hand from a PDF-extracted source (see verificationNote)",
    "analyst": "GreenFin's own judgement (a mapping, a vocabulary, a label): not an official source; review before relying on it",
    "UNVERIFIED": "from recall or a single source of unknown provenance: check the official document before relying on it",
    "missing": "the source lacks this text; only the structural code is certain",
}


def load(name):
    with open(os.path.join(SHARED, name), encoding="utf8") as f:
        return json.load(f)


def write_json(rel, obj):
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def write_text(rel, text):
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf8") as f:
        f.write(text)


def write_sums(dirname):
    d = os.path.join(OUT, dirname)
    lines = []
    for name in sorted(os.listdir(d)):
        if name == "SHA256SUMS":
            continue
        with open(os.path.join(d, name), "rb") as f:
            lines.append(f"{hashlib.sha256(f.read()).hexdigest()}  {name}")
    with open(os.path.join(d, "SHA256SUMS"), "w") as f:
        f.write("\n".join(lines) + "\n")
