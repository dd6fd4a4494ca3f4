#!/usr/bin/env bash
# Runs every Newsdesk test.
# 1. Installs what the tests need when it is missing (as root, with apt-get): PostgreSQL,
#    Postfix (for smtp-sink) and Chromium.
# 2. Runs the test projects. The tests start their own servers on 127.0.0.1 (a throw-away
#    PostgreSQL cluster, smtp-sink, Kestrel fixture servers, the newsroom) and stop them.
# Under CI=true a missing component fails the tests that need it instead of skipping them.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/sbin/smtp-sink ] || missing+=(postfix)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v python3 >/dev/null 2>&1 || missing+=(python3)

if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing test dependencies: ${missing[*]}"
    echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing ${missing[*]}: run as root to install them. Tests that need them are skipped (they fail under CI=true)." >&2
  fi
fi

# One test project at a time (-m:1): on a 2-core machine the worker-process tests (several
# newsdesk processes and PostgreSQL) running beside the browser tests starved headless Chromium
# past Playwright's 30 s waits.
dotnet test Newsdesk.slnx -c Release -m:1 --logger "console;verbosity=minimal" "$@"
