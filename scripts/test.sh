#!/usr/bin/env bash
# `npm test`: the whole test suite. Prepares what it needs on this machine first: the local
# PostgreSQL (started if down) and Chromium (Debian's package, installed if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export NODE_OPTIONS="--experimental-vm-modules ${NODE_OPTIONS:-}"
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

step() { echo; echo "=== $1"; }

step "PostgreSQL"
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
    for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
  else
    echo "The tests need PostgreSQL on 127.0.0.1:5432 with trust auth (or TEST_DATABASE_ADMIN_URL)." >&2
    exit 1
  fi
fi
echo "PostgreSQL is up."

step "Chromium"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The end-to-end tests need Chromium at $CHROMIUM (Debian: apt-get install chromium), or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi
"$CHROMIUM" --version

[ -f lib/db/generated/client.ts ] || npx prisma generate

step "Type check"
npx tsc --noEmit

step "Lint and format"
npx eslint .
npm run --silent lint:cycles
npx prettier --check . --log-level warn

step "Unit and integration tests (real PostgreSQL)"
npx jest --selectProjects unit integration

step "Production build"
npx next build

step "End-to-end tests (Chromium)"
if ! npx jest --selectProjects e2e --runInBand; then
  echo; echo "--- last lines of the app's log (test-results/e2e-server.log)"
  tail -n 80 test-results/e2e-server.log || true
  exit 1
fi

echo; echo "All test tiers passed."
