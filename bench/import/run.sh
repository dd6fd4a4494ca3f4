#!/usr/bin/env bash
# Import throughput benchmark: generates N articles (default 10000), imports them into a fresh
# SQLite store with the Release build, and prints wall time, articles/s and peak memory.
# Usage: bench/import/run.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build src/Newsdesk -c Release -v q -nologo >/dev/null
python3 bench/import/generate_articles.py --count "$count" --out "$work/articles"
echo "generated $count articles ($(du -sh "$work/articles" | cut -f1))"

start=$(date +%s.%N)
/usr/bin/time -v dotnet src/Newsdesk/bin/Release/net10.0/newsdesk.dll import "$work/articles" --data-dir "$work/data" \
  >"$work/out.txt" 2>"$work/time.txt"
end=$(date +%s.%N)

cat "$work/out.txt"
python3 -c "s = $end - $start; print(f'wall {s:.1f}s'); print(f'throughput {$count / s:.0f} articles/s')"
grep -E "Maximum resident set size|Elapsed \(wall|Percent of CPU|User time|System time" "$work/time.txt"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
