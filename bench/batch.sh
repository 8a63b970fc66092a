#!/usr/bin/env bash
# Rows per second and peak memory of `cpfund batch` for 100,000 and
# 1,000,000 rows. Usage: bench/batch.sh path/to/cpfund
set -euo pipefail
bin=${1:?path to cpfund}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf '%-10s %10s %12s %14s %12s\n' rows seconds rows/s "peak RSS (MB)" "out rows"
for n in 100000 1000000; do
  python3 "$(dirname "$0")/gen_batch.py" "$n" > "$dir/in.csv"
  best=""
  for run in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$dir/time" "$bin" batch "$dir/in.csv" > "$dir/out.csv" || [ $? -eq 2 ]
    read -r secs kb < <(tail -n 1 "$dir/time")
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; bestkb=$kb; fi
  done
  rows=$(($(wc -l < "$dir/out.csv") - 1))
  [ "$rows" -eq "$n" ] || { echo "expected $n output rows, got $rows"; exit 1; }
  printf '%-10s %10s %12.0f %14.1f %12s\n' "$n" "$best" "$(awk "BEGIN{print $n / ($best > 0 ? $best : 0.001)}")" "$(awk "BEGIN{print $bestkb / 1024}")" "$rows"
done
