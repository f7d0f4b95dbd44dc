#!/usr/bin/env bash
# Fuzzes targets one after another: src/test/fuzz/campaign.sh [Class#method ...]
# (default: every target). Each fuzzes for Campaign.PER_TARGET, its corpus seeded from the
# fixtures of its format; a finding is saved under src/test/resources/org/agendacheck/fuzz/
# <Class>Inputs/<method>/ (commit it: it becomes a regression input) and the target goes on
# for the rest of its time. Writes one line per target to target/fuzz-campaign.log.
set -uo pipefail
cd "$(dirname "$0")/../../.."
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=(ReaderFuzzTest#json ReaderFuzzTest#csv ReaderFuzzTest#text ReaderFuzzTest#xlsx
    ReaderFuzzTest#docx ReaderFuzzTest#html ReaderFuzzTest#pdf ReaderFuzzTest#xlsxSheet ReaderFuzzTest#xlsxStrings ReaderFuzzTest#docxBody
    LoaderFuzzTest#config LoaderFuzzTest#baseline LoaderFuzzTest#meta)
fi
mvn -B -q -o test-compile || exit 2
mkdir -p target
log=target/fuzz-campaign.log
seed() { # corpus dir, then file patterns
  local dir="$1"; shift
  mkdir -p "$dir"
  for pat in "$@"; do
    find src/test/resources samples examples -type f -name "$pat" -size -200k \
      -exec sh -c 'for f; do cp "$f" "$0/$(sha1sum "$f" | cut -c1-40)"; done' "$dir" {} +
  done
}
for t in "${targets[@]}"; do
  cls="${t%%#*}"; method="${t##*#}"
  corpus=".cifuzz-corpus/org.agendacheck.fuzz.$cls/$method"
  case "$method" in
    json|config|baseline|meta) seed "$corpus" '*.json' ;;
    csv) seed "$corpus" '*.csv' ;;
    text) seed "$corpus" '*.txt' ;;
    xlsx) seed "$corpus" '*.xlsx' ;;
    docx) seed "$corpus" '*.docx' ;;
    html) seed "$corpus" '*.html' '*.htm' ;;
    pdf) seed "$corpus" '*.pdf' ;;
  esac
  committed="src/test/resources/org/agendacheck/fuzz/${cls}Inputs/$method"
  if [[ -d "$committed" ]]; then
    mkdir -p "$corpus" && cp "$committed"/* "$corpus"/ 2>/dev/null
  fi
  start=$(date +%s)
  out="target/fuzz-$cls-$method.out"
  JAZZER_FUZZ=1 nice -n 19 mvn -B -o test -Dtest="$t" -Djazzer.keep_going=1000 \
    -Dsurefire.failIfNoSpecifiedTests=false > "$out" 2>&1
  rc=$?
  end=$(date +%s)
  runs=$(grep -aoE '#[0-9]+' "$out" | tail -1 | tr -d '#')
  found=$(grep -acE '== Java Exception|FuzzTestFindingException|Java Assertion' "$out")
  echo "$t: $(( (end - start) / 60 )) min, ${runs:-0} executions, $found findings, corpus $(ls "$corpus" | wc -l) inputs, exit $rc" | tee -a "$log"
done
