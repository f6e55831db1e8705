"""The vocabulary's matching rule (vocabulary.json 'matching'), used to check the vocabulary against the evaluation set.

A reference for the classifier to come, not the classifier: Chinese terms match as substrings; English terms match
case-insensitively from a word start, and all-capital terms (acronyms) case-sensitively; node exclusions veto a node;
a global exclusion applies when one of its terms occurs and none of its unless terms does.
"""
import json
import re

from common import OUT, VERSION

VOCABULARY = f"{OUT}/cn-green-2025@{VERSION}/vocabulary.json"


def en_match(term, text):
    if re.fullmatch(r"[A-Z0-9][A-Z0-9 .-]*", term):
        return re.search(r"(?<![A-Za-z0-9])" + re.escape(term), text) is not None
    return re.search(r"(?<![a-z0-9])" + re.escape(term.lower()), text.lower()) is not None


def _any(terms_zh, terms_en, text):
    return [t for t in terms_zh if t in text] + [t for t in terms_en if en_match(t, text)]


def hits(text, vocabulary=None):
    """(items whose terms occur and no exclusion does → matched terms, ids of the global exclusions that apply)."""
    voc = vocabulary or json.load(open(VOCABULARY, encoding="utf8"))
    items = {}
    for n in voc["nodes"]:
        matched = _any(n["termsZh"], n["termsEn"], text)
        if matched and not _any(n["excludeZh"], n["excludeEn"], text):
            items[n["code"]] = matched
    excluded = [
        g["id"]
        for g in voc["globalExclusions"]
        if _any(g["termsZh"], g["termsEn"], text) and not _any(g["unlessZh"], g["unlessEn"], text)
    ]
    return items, excluded
