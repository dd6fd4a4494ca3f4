#!/usr/bin/env bash
# Extraction benchmark: F1/precision/recall with the shared scorer and pages/s on one core,
# side by side with Readability.js in the same run. Writes nothing inside the repository.
#   bench/extraction/eval.sh            measure and check the F1 floor (eval-baseline.json)
#   bench/extraction/eval.sh --update   also raise the floor (see eval_gate.py)
# Needs: dotnet, python3; node + npm for the Readability.js peer (skipped when missing).
# 1. build the CLI; 2. newsdesk extract --benchmark on CPU 0 (a cold first pass, a warm-up until
# tiered compilation settles, 5 timed steady-state passes, AngleSharp parsing alone as the
# ceiling); 3. gate; 4. Readability.js on CPU 0; 5. the steady-state figure again, last.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
shared=${NEWSDESK_SHARED:-$repo/../shared}
bench=$shared/benchmarks/extraction
scratch=${SCRATCH:-${TMPDIR:-/tmp}/newsdesk-extraction-eval}
mkdir -p "$scratch"
pin="taskset -c 0"
command -v taskset >/dev/null || pin=""

echo "load: $(uptime)"
dotnet build "$repo/src/Newsdesk" -c Release -v quiet -nologo >/dev/null
$pin dotnet "$repo/src/Newsdesk/bin/Release/net10.0/newsdesk.dll" extract --benchmark "$bench" --out "$scratch/newsdesk.json" | tee "$scratch/newsdesk.txt"
python3 "$repo/bench/extraction/eval_gate.py" "$scratch/newsdesk.json" --shared "$shared" "$@" || status=$?

if command -v node >/dev/null && command -v npm >/dev/null; then
  # Outside the repository: the peer and its node_modules never enter the checkout.
  if [ ! -d "$scratch/peer/node_modules/jsdom" ]; then
    (cd "$scratch" && mkdir -p peer && cd peer && npm init -y >/dev/null && npm install --silent @mozilla/readability jsdom >/dev/null)
  fi
  cp "$shared/tools/readability_peer.mjs" "$scratch/peer/"
  # Whole-process CPU time of the peer (includes loading jsdom and gunzip, so it flatters newsdesk less than it could).
  (cd "$scratch/peer" && TIMEFORMAT='readability.js process cpu_seconds=%U+%S wall_seconds=%R' && time $pin node readability_peer.mjs "$bench/html" "$scratch/readability.json")
  python3 "$shared/tools/extraction_eval.py" "$bench/ground-truth.json" "$scratch/readability.json" | sed 's/^/readability.js /'
else
  echo "node/npm not found: Readability.js peer skipped"
fi
echo "load: $(uptime)"
grep -E '^newsdesk (first_pass|steady_state|parse_only) ' "$scratch/newsdesk.txt" | sed 's/^newsdesk /summary: newsdesk /'
exit "${status:-0}"
