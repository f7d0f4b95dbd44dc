#!/usr/bin/env bash
# Prints the PDF fixtures from the HTML pages beside them (../html) with headless Chromium, as a
# reader saving a web page as PDF gets them: Chromium's own running header (date, page title) and
# footer (address, page n/m) included. The scan has no text layer: a screenshot of a page, printed
# as an image. Run from this folder: ./print-pdfs.sh (needs the Debian package chromium).
# The tests read the committed PDFs; they do not need Chromium.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
html="$here/../html"
rules="${RULES:-$here/../../rules}"
work="$(mktemp -d /tmp/agendacheck-pages.XXXXXX)"
trap 'rm -rf "$work"' EXIT
chrome() {
  /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile" "$@" \
    2>/dev/null
}
for page in nds-rijksoverheid kernboodschap-officielebekendmakingen investeringsplan-gemeente \
    hansard-bus-grant legislation-schedule; do
  cp "$html/$page.html" "$work/$page.html"
  chrome --print-to-pdf="$here/$page.pdf" "$work/$page.html"
done
# a scan: the page as an image, no text anywhere (no header or footer either)
chrome --screenshot="$work/scan.png" --window-size=900,1300 "$work/nds-rijksoverheid.html"
cat > "$work/scan.html" <<'PAGE'
<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page { margin: 0 } body { margin: 0 } img { width: 100% }</style></head>
<body><img src="scan.png"></body></html>
PAGE
chrome --no-pdf-header-footer --print-to-pdf="$here/nds-scanned.pdf" "$work/scan.html"
# the rule fixtures name these prints ("input" in their expected files); one is cut from them
# a broken download: the first 20000 bytes of a print
head -c 20000 "$here/nds-rijksoverheid.pdf" > "$rules/parse-error/pdf-truncated.pdf"
