#!/usr/bin/env bash
# Seeds the part-level fuzz targets (xlsxSheet, xlsxStrings, docxBody) with the worksheets, shared
# strings and document bodies of the Office fixtures, as Excel and Word wrote them.
set -euo pipefail
cd "$(dirname "$0")/../../.."
inputs=src/test/resources/org/agendacheck/fuzz/ReaderFuzzTestInputs
mkdir -p "$inputs/xlsxSheet" "$inputs/xlsxStrings" "$inputs/docxBody"
for f in $(find src/test/resources samples -name '*.xlsx' | sort); do
  n=$(basename "$f" .xlsx)
  for s in $(unzip -Z1 "$f" 2>/dev/null | grep -E '^xl/worksheets/sheet[0-9]+\.xml$'); do
    unzip -p "$f" "$s" > "$inputs/xlsxSheet/$n-$(basename "$s")"
  done
  if unzip -Z1 "$f" 2>/dev/null | grep -qx 'xl/sharedStrings.xml'; then
    unzip -p "$f" xl/sharedStrings.xml > "$inputs/xlsxStrings/$n.xml"
  fi
done
for f in $(find src/test/resources samples -name '*.docx' | sort); do
  if unzip -Z1 "$f" 2>/dev/null | grep -qx 'word/document.xml'; then
    unzip -p "$f" word/document.xml > "$inputs/docxBody/$(basename "$f" .docx).xml"
  fi
done
