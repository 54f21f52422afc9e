#!/usr/bin/env bash
# Opens a review.xlsx in real LibreOffice (headless): prints it to PDF, and with --screenshot keeps
# a picture of the Review sheet's first page (the one in docs/). The automatic checks (CSV, PDF, a
# LibreOffice-saved sheet imported back) are LibreOfficeReviewTest; this is for looking.
# Needs Debian's libreoffice-calc-nogui and poppler-utils (installed if missing and run as root).
# usage: scripts/check-review-in-libreoffice.sh [REVIEW.xlsx] [--screenshot FILE.png]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
xlsx=""
shot=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --screenshot) shot="$(realpath -m "$2")"; shift 2 ;;
    *) xlsx="$(realpath "$1")"; shift ;;
  esac
done
"$root/scripts/install-test-tools.sh" libreoffice
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
if [[ -z "$xlsx" ]]; then
  "$root/corpus" annotate "$root/texts" --out "$dir/out" -q
  xlsx="$dir/out/review.xlsx"
fi
soffice --headless -env:UserInstallation=file://"$dir"/profile --convert-to pdf --outdir "$dir" "$xlsx" >/dev/null 2>&1
pdf="$dir/$(basename "$xlsx" .xlsx).pdf"
[[ -s "$pdf" ]] || { echo "LibreOffice could not print $xlsx" >&2; exit 1; }
echo "LibreOffice opened $xlsx: $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}') pages printed"
if [[ -n "$shot" ]]; then
  # the top of the first page: the header and the first rows, every column
  pdftoppm -r 120 -f 1 -l 1 -png -singlefile -W 1984 -H 800 "$pdf" "${shot%.png}"
  echo "screenshot: $shot"
fi
