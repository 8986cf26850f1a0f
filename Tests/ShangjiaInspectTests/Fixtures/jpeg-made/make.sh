#!/usr/bin/env bash
# Regenerates the JPEGs of this folder with ImageMagick (6.9, Debian's `imagemagick`): one
# 64×48 picture, red on the left half and blue on the right, in the forms the decoder must read,
# plus broken copies. The tests know the colours and where each half lies.
set -euo pipefail
cd "$(dirname "$0")"
picture=(-size 32x48 xc:'#FF0000' -size 32x48 xc:'#0000FF' +append -strip)
convert "${picture[@]}" -quality 95 -sampling-factor 4:2:0 baseline.jpg
convert "${picture[@]}" -quality 95 -interlace Plane progressive.jpg
convert "${picture[@]}" -quality 95 -colorspace Gray gray.jpg
convert "${picture[@]}" -quality 95 -colorspace CMYK cmyk.jpg
# Half the file: structurally truncated (no EOI).
head -c "$(( $(stat -c %s baseline.jpg) / 2 ))" baseline.jpg > truncated.jpg
# Whole structure, damaged scan: bytes in the middle of the entropy-coded data replaced by a
# restart marker out of sequence, which libjpeg reports as corrupt data.
python3 - <<'PY'
data = bytearray(open("baseline.jpg", "rb").read())
scan = data.rindex(b"\xff\xda")
start = scan + 2 + int.from_bytes(data[scan + 2:scan + 4], "big")
middle = (start + len(data) - 2) // 2
data[middle:middle + 2] = b"\xff\xd5"
open("corrupt.jpg", "wb").write(data)
PY
