#!/usr/bin/env sh
# Rebuilds every dataset under data/green-taxonomy/ and its SHA256SUMS. Released data is never edited in place:
# bump VERSION in common.py (a new directory beside the old one) before changing anything that has been released.
set -e
cd "$(dirname "$0")"
python3 build_trees.py
python3 build_crosswalks.py
python3 build_vocab.py
python3 build_eval.py
python3 -c "
from common import write_sums, VERSION
for d in ['cn-green-2025', 'cn-green-bond-2021', 'cn-green-industry-2024', 'blue-finance', 'transition-finance', 'crosswalks', 'eval/green-id-eval']:
    write_sums(f'{d}@{VERSION}')
"
rm -rf __pycache__
