#!/usr/bin/env bash
# Rebuilds the text fixtures beside this folder from the pages they were taken from, with the
# tools their authors use: pandoc (Debian package pandoc) for Markdown and plain-text exports,
# headless Chromium's --print-to-pdf and pdftotext -layout (Debian packages chromium and
# poppler-utils) for text copied out of a PDF, and a script that writes Word's clipboard text.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/.."
pandoc -f html -t gfm "$here/suppletoire-artikel-3.html" -o "$out/suppletoire-artikel-3.txt"
pandoc -f html -t gfm "$here/main-estimates-del.html" -o "$out/main-estimates-del-pipes.txt"
pandoc -f html -t plain "$here/main-estimates-del.html" -o "$out/main-estimates-del-plain.txt"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$tmp/kaderbrief.pdf" "$here/kaderbrief-uitgaven.html" 2>/dev/null
pdftotext -layout "$tmp/kaderbrief.pdf" "$out/kaderbrief-uitgaven.txt"
python3 "$here/jaarverslag-artikel-2.py"
