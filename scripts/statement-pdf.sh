#!/bin/sh
# Converts the 情况说明 draft of a sample with LibreOffice and checks it: page 1 of the PDF is
# not blank, and the PDF's text holds the application's name, each waiver's reason, the unit
# and the date.
#
#   scripts/statement-pdf.sh [MANIFEST] [OUT.png]
#
# MANIFEST defaults to samples/waived-line-style/manifest.json; OUT.png (page 1 at 80 dpi) to
# /tmp/statement-page1.png. Needs libreoffice (libreoffice-writer-nogui), fonts-noto-cjk,
# poppler-utils (pdftoppm, pdftotext) and python3.
set -eu

cd "$(dirname "$0")/.."
manifest=${1:-samples/waived-line-style/manifest.json}
out=${2:-/tmp/statement-page1.png}
command -v libreoffice >/dev/null 2>&1 || { echo "libreoffice is not installed (apt-get install -y libreoffice-writer-nogui)" >&2; exit 2; }
command -v pdftoppm >/dev/null 2>&1 || { echo "pdftoppm is not installed (apt-get install -y poppler-utils)" >&2; exit 2; }

swift build --product shangjia >/dev/null
bin=$(swift build --show-bin-path)/shangjia
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin" statement --today 2026-11-23 --output "$work/statement.docx" "$manifest"
# A private profile: a first run in a fresh HOME, or one beside a running office, still converts.
libreoffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/statement.docx" \
    >"$work/office.log" 2>&1 || { cat "$work/office.log" >&2; echo "libreoffice failed" >&2; exit 1; }
[ -s "$work/statement.pdf" ] || { cat "$work/office.log" >&2; echo "libreoffice wrote no PDF" >&2; exit 1; }
pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$work/statement.pdf" "${out%.png}"
pdftoppm -r 80 -gray -f 1 -l 1 -singlefile "$work/statement.pdf" "$work/page"
pdftotext -layout "$work/statement.pdf" "$work/statement.txt"

python3 - "$work/page.pgm" "$work/statement.txt" "$manifest" <<'PY'
import json, sys

pgm_path, text_path, manifest_path = sys.argv[1:4]
data = open(pgm_path, "rb").read()
# Binary PGM: P5, width, height, maxval, then one byte a pixel.
fields, pos = [], 0
while len(fields) < 4:
    while data[pos:pos + 1].isspace(): pos += 1
    end = pos
    while not data[end:end + 1].isspace(): end += 1
    fields.append(data[pos:end]); pos = end
magic, width, height = fields[0], int(fields[1]), int(fields[2])
pixels = data[pos + 1:]
assert magic == b"P5" and len(pixels) == width * height, "unexpected PGM"
inked = sum(1 for value in pixels if value < 128)
assert width < height, f"page 1 is {width}x{height}, not portrait A4"
assert inked > width * height // 200, f"page 1 looks blank ({inked} dark pixels of {width * height})"

# pdftotext may break a line anywhere: compare without whitespace.
text = "".join(open(text_path, encoding="utf-8").read().split())
manifest = json.load(open(manifest_path, encoding="utf-8"))
expected = [manifest["application"]["name"], manifest["application"]["owner"]["unit"], "2026年11月23日"]
expected += [waiver["reason"] for waiver in manifest["waivers"]]
missing = [item for item in expected if "".join(item.split()) not in text]
assert not missing, f"missing from the PDF's text: {missing}"
print(f"ok: page 1 {width}x{height}, {inked} dark pixels; the PDF names the application, the unit, the date and {len(manifest['waivers'])} reason(s)")
PY
