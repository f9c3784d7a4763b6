#!/usr/bin/env bash
# Renders an HTML export (ndc export --to html, or a page of html-site) to PNG with headless
# Chromium and checks that the picture is not blank; with --pdf, prints it to an A4 PDF with the
# page's print style sheet instead. Not part of the unit suite.
#   scripts/render-html.sh [--width PX] [--height PX] REPORT.html [OUT.png]
#   scripts/render-html.sh --pdf REPORT.html [OUT.pdf]
# Installs the Debian package `chromium` with apt when no Chromium is on the PATH.
set -euo pipefail

pdf=0; width=1280; height=4000
while [ $# -gt 0 ]; do
  case "$1" in
    --pdf) pdf=1; shift ;;
    --width) width=${2:?--width needs a number}; shift 2 ;;
    --height) height=${2:?--height needs a number}; shift 2 ;;
    *) break ;;
  esac
done
html=${1:?usage: scripts/render-html.sh [--pdf] [--width PX] [--height PX] REPORT.html [OUT]}
[ -f "$html" ] || { echo "render-html: no such file: $html" >&2; exit 2; }
if [ "$pdf" = 1 ]; then png=${2:-${html%.html}.pdf}; else png=${2:-${html%.html}.png}; fi

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "render-html: installing chromium (apt)" >&2
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
  browser=$(command -v chromium)
fi

absolute=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# No network: the page must be self-contained; a blocked request would leave a hole in the picture.
if [ "$pdf" = 1 ]; then
  "$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$profile" \
    --proxy-server="127.0.0.1:9" --proxy-bypass-list="<-loopback>" --no-pdf-header-footer \
    --print-to-pdf="$png" "file://$absolute" >/dev/null 2>&1
  head -c 5 "$png" 2>/dev/null | grep -q '%PDF-' || { echo "render-html: no PDF written" >&2; exit 1; }
  echo "render-html: $png: $(wc -c <"$png") bytes"
  exit 0
fi
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
  --proxy-server="127.0.0.1:9" --proxy-bypass-list="<-loopback>" \
  --screenshot="$png" --window-size="$width,$height" "file://$absolute" >/dev/null 2>&1

[ -s "$png" ] || { echo "render-html: no PNG written" >&2; exit 1; }

python3 - "$png" <<'PY'
import struct, sys, zlib
path = sys.argv[1]
data = open(path, "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, chunks = 8, {}
idat = b""
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR": chunks["IHDR"] = body
    if kind == b"IDAT": idat += body
    pos += 12 + length
width, height, depth, colour = struct.unpack(">IIBB", chunks["IHDR"][:10])
channels = {2: 3, 6: 4}[colour]
raw = zlib.decompress(idat)
stride = width * channels
rows, prev, colours = [], bytearray(stride), set()
i = 0
for y in range(height):
    f = raw[i]; line = bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
    for x in range(stride):
        a = line[x - channels] if x >= channels else 0
        b = prev[x]; c = prev[x - channels] if x >= channels else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    if y % 4 == 0:
        for x in range(0, stride, channels * 4):
            colours.add(bytes(line[x:x + 3]))
    prev = line
print(f"render-html: {path}: {width}x{height}, {len(colours)} distinct colours sampled")
if len(colours) < 8:
    sys.exit("render-html: the picture looks blank")
PY
