#!/usr/bin/env bash
# End-to-end benchmark: `./corpus annotate` on N documents (default 100,000) to XML, xlsx and brat,
# under a 512 MB heap cap, then the start-up time on one short article. Prints a Markdown table.
# Texts: PolNeAR train from ../shared, cycled to N files; else the project's texts/.
# Usage: scripts/bench-end-to-end.sh [N] [WORKDIR]   (WORKDIR needs room: about 6 KB x N x 4)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-100000}"
work="${2:-$(mktemp -d -t corpus-bench.XXXXXX)}"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }

source_dir="$root/../shared/polnear/train/text"
[[ -d "$source_dir" ]] || source_dir="$root/texts"
mapfile -t sources < <(find "$source_dir" -maxdepth 1 -name '*.txt' | sort)
input="$work/in"
if [[ ! -d "$input" ]] || [[ "$(find "$input" -name '*.txt' | wc -l)" -ne "$n" ]]; then
  rm -rf "$input"; mkdir -p "$input"
  echo "making $n texts from $source_dir in $input…" >&2
  contents=()
  for f in "${sources[@]}"; do
    c="$(cat "$f"; printf x)"   # the x keeps trailing newlines through the substitution
    contents+=("${c%x}")
  done
  for ((i = 0; i < n; i++)); do
    printf '%s' "${contents[i % ${#contents[@]}]}" > "$(printf '%s/n%06d.txt' "$input" "$i")"
  done
fi
megabytes="$(du -sm --apparent-size "$input" | cut -f1)"

"$root/corpus" --version >/dev/null   # build first, so the build is not timed
echo "annotating…" >&2
JAVA_TOOL_OPTIONS="-Xmx512m" /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" \
  "$root/corpus" annotate "$input" --out "$work/out" --force --quiet 2>"$work/stderr.txt" || {
  echo "the run failed:" >&2; cat "$work/stderr.txt" >&2; exit 1; }
read -r wall user sys rss_kb < "$work/time.txt"

short="$work/short.txt"
head -c 3000 "${sources[0]}" > "$short"
starts=()
for i in 1 2 3 4 5 6 7; do
  /usr/bin/time -f '%e' -o "$work/start.txt" "$root/corpus" annotate "$short" --out "$work/short-out" --force -q
  starts+=("$(cat "$work/start.txt")")
done
median="$(printf '%s\n' "${starts[@]}" | sort -n | sed -n 4p)"

echo
echo "| measure | value |"
echo "| --- | --- |"
echo "| documents | $n ($megabytes MB of text) |"
echo "| heap cap | 512 MB (-Xmx512m): the run succeeded within it |"
echo "| wall time | ${wall} s ($(awk "BEGIN {printf \"%.0f\", $n / $wall}") documents/s, $(awk "BEGIN {printf \"%.1f\", $megabytes / $wall}") MB/s) |"
echo "| CPU time | $(awk "BEGIN {print $user + $sys}") s (user $user, system $sys) |"
echo "| peak RSS | $((rss_kb / 1024)) MB |"
echo "| corpus.xml | $(du -m "$work/out/corpus.xml" | cut -f1) MB |"
echo "| review.xlsx | $(du -m "$work/out/review.xlsx" | cut -f1) MB |"
echo "| brat files | $(find "$work/out/brat" -type f | wc -l) |"
echo "| start-up, one 3 KB article, median of 7 | ${median} s |"
