#!/usr/bin/env bash
# Email delivery throughput: the demo's brief, published, sent to N subscribers through Postfix's
# smtp-sink on 127.0.0.1 (one message each). Prints the send's wall time, messages/s and peak RSS.
# Usage: bench/email/run.sh [N]   (needs /usr/sbin/smtp-sink; builds Release first)
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-1000}
work=$(mktemp -d)
trap 'kill $sink 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build src/Newsdesk -c Release -v q -nologo >/dev/null
nd() { dotnet src/Newsdesk/bin/Release/net10.0/newsdesk.dll "$@" --data-dir "$work/data"; }
demo=$(dotnet src/Newsdesk/bin/Release/net10.0/newsdesk.dll demo --out "$work/demo" --data-dir "$work/data" --no-serve)
slug=$(sed -n 's/^Drafted the brief for \([0-9-]*\):.*/\1/p' <<<"$demo")
nd publish "$slug" >/dev/null
{ echo "email,name"; for i in $(seq 1 "$N"); do echo "reader$i@bench.test,Reader $i"; done; } > "$work/subscribers.csv"
nd subscribers import "$work/subscribers.csv" | tail -1
mkdir -p "$work/mail"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
user=(); [ "$(id -u)" = 0 ] && user=(-u root)
/usr/sbin/smtp-sink "${user[@]}" -d "$work/mail/%M." "127.0.0.1:$port" 100 & sink=$!
sleep 0.5
start=$(date +%s.%N)
/usr/bin/time -f "peak RSS %M KiB, %e s wall, %U s user, %S s sys" \
  dotnet src/Newsdesk/bin/Release/net10.0/newsdesk.dll send "$slug" --data-dir "$work/data" \
  --smtp-host 127.0.0.1 --smtp-port "$port" --from desk@bench.test --base-url https://desk.example 2>&1 | tail -2
end=$(date +%s.%N)
files=$(ls "$work/mail" | wc -l)
python3 -c "import sys; n=int(sys.argv[1]); t=float(sys.argv[3])-float(sys.argv[2]); print(f'{n} messages written by smtp-sink in {t:.1f} s: {n/t:.0f} messages/s')" "$files" "$start" "$end"
