#!/usr/bin/env bash
# Installs what the test suite needs on a fresh Debian machine: PostgreSQL, chromium (the
# dashboard's browser tests) and libfaketime (the fault tests that cross UTC midnight) from Debian's packages.
# As root it installs with apt-get; otherwise it says what is missing.
set -euo pipefail

have_postgres() { ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; }
have_chromium() { [ -x /usr/bin/chromium ]; }
have_faketime() { [ -f /usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 ]; }

missing=()
have_postgres || missing+=(postgresql)
have_chromium || missing+=(chromium)
have_faketime || missing+=(libfaketime)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "missing: ${missing[*]} (install with: sudo apt-get install -y ${missing[*]})" >&2
  exit 1
fi
echo "== installing ${missing[*]} =="
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
