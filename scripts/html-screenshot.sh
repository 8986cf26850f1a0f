#!/bin/sh
# Renders the HTML report of one sample with headless Chromium and checks it: the PNG is not
# blank, and every finding of the JSON report (rule id and message) is in the page's text.
#
#   scripts/html-screenshot.sh [SAMPLE_DIR] [OUT.png]
#
# SAMPLE_DIR defaults to the first folder of samples/ with a manifest.json; OUT.png to
# /tmp/html-report.png. Needs chromium (or chromium-browser / google-chrome) and python3.
# SCRATCH_PATH, when set, is passed to `swift build --scratch-path`.
set -eu

cd "$(dirname "$0")/.."
sample=${1:-$(find samples -name manifest.json -print 2>/dev/null | sort | head -n 1 | xargs -r dirname)}
out=${2:-/tmp/html-report.png}
today=2026-11-23
[ -n "$sample" ] && [ -f "$sample/manifest.json" ] || { echo "no sample with a manifest.json (give SAMPLE_DIR)" >&2; exit 2; }

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "chromium is not installed (apt-get install -y chromium)" >&2; exit 2; }

build() { swift build ${SCRATCH_PATH:+--scratch-path "$SCRATCH_PATH"} "$@"; }
build --product shangjia >/dev/null
bin=$(build --show-bin-path)/shangjia
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Exit 1 only means the sample has failing findings, which is what a report shows.
"$bin" lint --today "$today" --format html --output "$work/report.html" "$sample/manifest.json" || [ $? -eq 1 ]
"$bin" lint --today "$today" --format json --output "$work/report.json" "$sample/manifest.json" || [ $? -eq 1 ]

# --no-sandbox: containers and CI runners often lack the user namespaces the sandbox needs.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1600 \
    --screenshot="$out" "file://$work/report.html" >"$work/browser.log" 2>&1 \
    || { cat "$work/browser.log" >&2; echo "chromium failed" >&2; exit 1; }

python3 - "$out" "$work/report.html" "$work/report.json" <<'PY'
import html, json, re, struct, sys, zlib

png_path, html_path, json_path = sys.argv[1:4]

def pixels(path):
    """Decodes an 8-bit non-interlaced RGB(A) PNG, as Chromium writes them."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "the screenshot is not a PNG"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0, "unexpected PNG layout"
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    channels = 4 if colour == 6 else 3
    raw, stride = zlib.decompress(idat), width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1: line[i] = (line[i] + a) & 255
            elif kind == 2: line[i] = (line[i] + b) & 255
            elif kind == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows

width, height, channels, rows = pixels(png_path)
colours = {row[x:x + 3] for row in rows[::8] for x in range(0, len(row), channels * 8)}
assert (width, height) == (1200, 1600), f"screenshot is {width}x{height}"
assert len(colours) > 20, f"the screenshot looks blank ({len(colours)} colours)"

page = open(html_path, encoding="utf-8").read()
assert not re.search(r"""(src|href)\s*=\s*["'](https?:)?//""", page), "the page makes an external request"
text = html.unescape(re.sub(r"<[^>]+>", " ", page))
report = json.load(open(json_path, encoding="utf-8"))
findings = [f for m in report["manifests"] for f in m["findings"]]
missing = [f["rule"] for f in findings if f["rule"] not in text or f["message"] not in text]
assert not missing, f"findings missing from the page: {missing}"
print(f"ok: {png_path} {width}x{height}, {len(colours)} colours; {len(findings)} findings in the page")
PY
