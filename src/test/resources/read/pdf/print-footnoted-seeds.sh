#!/usr/bin/env bash
# Writes the reference-inferred fixtures of the two seed pages whose Kernboodschap labels its first
# row just "Digitale Overheid", footnote 4 below the table naming the NDS investment agenda: the
# pages as the sites publish them (../html, the label cut back to its first words) and their prints
# by headless Chromium, as print-pdfs.sh makes the others. Run from this folder:
# ./print-footnoted-seeds.sh (needs the Debian package chromium).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
html="$here/../html"
rules="${RULES:-$here/../../rules}/reference-inferred"
work="$(mktemp -d /tmp/agendacheck-pages.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$rules/footnote-names-the-table-html" "$rules/footnote-names-the-table-pdf"
sed 's#Digitale Overheid/realisatie NDS<sup#Digitale Overheid<sup#' \
  "$html/kernboodschap-officielebekendmakingen.html" \
  > "$rules/footnote-names-the-table-html/kernboodschap-digitalisering.html"
cp "$html/nds-rijksoverheid.html" "$rules/footnote-names-the-table-html/stand-van-zaken-investeringsagenda-nds.html"
for page in kernboodschap-digitalisering stand-van-zaken-investeringsagenda-nds; do
  cp "$rules/footnote-names-the-table-html/$page.html" "$work/$page.html"
  /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile" \
    --print-to-pdf="$rules/footnote-names-the-table-pdf/$page.pdf" "$work/$page.html" 2>/dev/null
done
