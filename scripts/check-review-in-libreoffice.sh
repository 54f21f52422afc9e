#!/usr/bin/env bash
# Opens a review.xlsx in real LibreOffice (headless) and checks that every sheet converts and the
# Review sheet starts with the expected header. Needs Debian's libreoffice-calc-nogui.
# usage: scripts/check-review-in-libreoffice.sh out/review.xlsx
set -euo pipefail
xlsx="${1:?usage: $0 REVIEW.xlsx}"
command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-calc-nogui" >&2; exit 3; }
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
# 44,34,76,1,,0,false,true,false,false,false,-1: comma, quote, UTF-8, every sheet to its own file
soffice --headless -env:UserInstallation=file://"$dir"/profile \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
  --outdir "$dir" "$xlsx" >/dev/null 2>&1
base="$(basename "$xlsx" .xlsx)"
header="$(head -n 1 "$dir/$base-Review.csv")"
expected="Attribution ID,Document,Paragraph,Content,Kind,Cue,Source mention,Speaker,Speaker type,Confidence,Rule,Why,Decision,Correct speaker,Comment,Reviewer"
if [[ "$header" != "$expected" ]]; then
  echo "unexpected Review header: $header" >&2
  exit 1
fi

echo "LibreOffice opened $xlsx: Review sheet header ok, $(ls "$dir"/*.csv | wc -l) sheets"
