#!/usr/bin/env bash
# Newsroom load benchmark (docs/benchmarks.md, "Newsroom (web)").
# 1. Builds newsdesk and the generator (Release), writes 100,000 articles in 20,000 stories
#    straight into a fresh SQLite store (skipped when DATA_DIR already holds one).
# 2. Serves it on 127.0.0.1, signs in an editor with curl, and runs wrk with 20 connections
#    against the inbox, story pages and search (after warming each for WARMUP, default 10 s),
#    one scenario at a time, printing p95 for each:
#    first as 20 people reading (THINK_MS mean pause per connection, default 1000), then
#    back to back (saturation: the most the server can take). For each run it also prints the
#    server's CPU time per request (utime+stime from /proc/PID/stat over the run, divided by the
#    requests wrk completed): unlike latency, that does not depend on what else the machine runs.
# Only 127.0.0.1 is ever contacted; every wrk run is bounded by DURATION.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "bench/newsroom/run.sh needs wrk, the HTTP load tool (Debian: apt-get install wrk)" >&2; exit 2; }
DATA_DIR=${DATA_DIR:-/tmp/newsdesk-bench}
PORT=${PORT:-5090}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-20}
ARTICLES=${ARTICLES:-100000}
STORIES=${STORIES:-20000}

dotnet build src/Newsdesk -c Release -v q -nologo >/dev/null
dotnet build bench/Newsdesk.NewsroomLoad -c Release -v q -nologo >/dev/null
NEWSDESK="dotnet src/Newsdesk/bin/Release/net10.0/newsdesk.dll --data-dir $DATA_DIR"
if [ ! -f "$DATA_DIR/newsdesk.db" ]; then
  dotnet bench/Newsdesk.NewsroomLoad/bin/Release/net10.0/Newsdesk.NewsroomLoad.dll "$DATA_DIR" "$ARTICLES" "$STORIES"
fi
printf 'benchmark password\n' > "$DATA_DIR/bench-password"
$NEWSDESK users add bench --role editor --password-file "$DATA_DIR/bench-password" 2>/dev/null || true

# --no-worker: the synthetic sources point at unresolvable feeds; checking them would add DNS
# lookups and their CPU time to what is measured.
$NEWSDESK serve --no-worker --urls "http://127.0.0.1:$PORT" > "$DATA_DIR/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$PORT/archive" && break; sleep 1; done

JAR="$DATA_DIR/cookies.txt"
rm -f "$JAR"
TOKEN=$(curl -s -c "$JAR" "http://127.0.0.1:$PORT/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "UserName=bench" --data-urlencode "Password=benchmark password" \
  --data-urlencode "__RequestVerificationToken=$TOKEN" "http://127.0.0.1:$PORT/account/login"
COOKIE=$(awk '$6 == ".newsdesk.auth" { print $6 "=" $7 }' "$JAR")
[ -n "$COOKIE" ] || { echo "sign-in failed" >&2; exit 1; }

# The server's CPU time so far (user+system, clock ticks), read from /proc.
ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER/stat"; }
TICKS_PER_SECOND=$(getconf CLK_TCK)

# Warm every page first: right after start the JIT (tiered compilation) takes most of the CPU,
# which would otherwise land in the first scenario measured.
for scenario in inbox story search; do
  SCENARIO=$scenario COOKIE=$COOKIE STORIES=$STORIES THINK_MS=0 wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s bench/newsroom/load.lua "http://127.0.0.1:$PORT" >/dev/null
done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for think in "${THINK_MS:-1000}" 0; do
  for scenario in inbox story search; do
    # Warm up (JIT tiers, page cache), then measure.
    SCENARIO=$scenario COOKIE=$COOKIE STORIES=$STORIES THINK_MS=0 wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s bench/newsroom/load.lua "http://127.0.0.1:$PORT" >/dev/null
    before=$(ticks)
    line=$(SCENARIO=$scenario COOKIE=$COOKIE STORIES=$STORIES THINK_MS=$think wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s bench/newsroom/load.lua "http://127.0.0.1:$PORT" | tail -1)
    after=$(ticks)
    requests=$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<<"$line")
    echo "$line cpu/request=$(awk -v t=$((after - before)) -v hz="$TICKS_PER_SECOND" -v n="${requests:-0}" 'BEGIN { printf "%.1fms", (n > 0 ? t * 1000 / hz / n : 0) }')"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
