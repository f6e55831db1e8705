#!/usr/bin/env bash
# Rebuilds packages/app/assets/fonts/NotoSansSC-Regular-subset.otf, the CJK font embedded in disclosure-report PDFs
# (the servers that render them may have no CJK font installed). See packages/app/assets/fonts/README.md.
#
# Needs these Debian packages (apt-get install -y fonts-noto-cjk fonttools unicode-data python3):
#   fonts-noto-cjk  the source font, /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc (face "Noto Sans CJK SC")
#   fonttools       pyftsubset, and the fontTools module this script's Python uses
#   unicode-data    Unihan_OtherMappings.txt.bz2, whose kTGH field lists the 8,105 characters of the
#                   Table of General Standard Chinese Characters (通用规范汉字表, 2013)
# The output is byte-for-byte reproducible from the same package versions (pyftsubset keeps the source timestamps).
set -euo pipefail

SOURCE_FONT="/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
UNIHAN_MAPPINGS="/usr/share/unicode/Unihan_OtherMappings.txt.bz2"
FACE="Noto Sans CJK SC"
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(cd "$HERE/../assets/fonts" && pwd)/NotoSansSC-Regular-subset.otf"
PYTHON=/usr/bin/python3 # Debian's Python, which sees the fonttools package (a pyenv or venv Python may not)

need() { [ -e "$1" ] || { echo "missing $1: apt-get install -y $2" >&2; exit 1; }; }
need "$SOURCE_FONT" fonts-noto-cjk
need "$UNIHAN_MAPPINGS" unicode-data
need /usr/bin/pyftsubset fonttools
need "$PYTHON" python3

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# The characters: every GB 2312 character (its 6,763 hanzi plus its symbols, Greek, Cyrillic and kana), and the
# 通用规范汉字表 (8,105 hanzi, about 1,470 of them outside GB 2312); the Unicode blocks are in --unicodes below.
# Also finds the face's index in the collection, so a reordered .ttc does not silently subset the Japanese face.
FACE_INDEX="$("$PYTHON" - "$SOURCE_FONT" "$UNIHAN_MAPPINGS" "$FACE" "$WORK/chars.txt" <<'PY'
import bz2, sys
from fontTools.ttLib import TTCollection
source, unihan, face, out = sys.argv[1:]
chars = set()
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
with bz2.open(unihan, "rt", encoding="utf-8") as f:
    for line in f:
        fields = line.rstrip("\n").split("\t")
        if len(fields) == 3 and fields[1] == "kTGH":
            chars.add(chr(int(fields[0][2:], 16)))
with open(out, "w", encoding="utf-8") as f:
    f.write("".join(sorted(chars)))
names = [font["name"].getDebugName(4) for font in TTCollection(source, lazy=True).fonts]
print(names.index(face))
PY
)"

BLOCKS=(
  U+0020-007E # ASCII
  U+00A0-00FF # Latin-1 Supplement
  U+2000-206F # General Punctuation
  U+2070-209F # superscripts and subscripts (CO₂)
  U+20A0-20CF # currency symbols
  U+2100-218F # letterlike symbols (℃ №) and number forms (Ⅳ)
  U+2190-21FF # arrows
  U+2460-24FF # enclosed alphanumerics (①)
  U+2500-25FF # box drawing, block elements, geometric shapes (■ ●)
  U+3000-303F # CJK Symbols and Punctuation
  U+3200-33FF # enclosed CJK letters and CJK compatibility (㎡ ㎏)
  U+FF00-FFEF # Halfwidth and Fullwidth Forms
)
UNICODES="$(IFS=,; echo "${BLOCKS[*]}")"

# Only the kern feature is kept: the report sets no vertical text or alternates, and the full GSUB would pull in
# thousands of variant glyphs. --notdef-outline keeps a visible box for characters outside the subset.
pyftsubset "$SOURCE_FONT" \
  --font-number="$FACE_INDEX" \
  --unicodes="$UNICODES" \
  --text-file="$WORK/chars.txt" \
  --layout-features=kern \
  --notdef-outline \
  --name-IDs='*' \
  --output-file="$OUT"

echo "wrote $OUT ($(wc -c <"$OUT") bytes, $(wc -m <"$WORK/chars.txt") characters besides the Unicode blocks)"
