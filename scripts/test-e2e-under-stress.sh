#!/usr/bin/env bash
# `npm run test:e2e:stress`: the end-to-end tier while stress-ng keeps every core busy (a
# machine as loaded as a shared CI runner at its worst). The tests wait for events, never for
# fixed times, so they must pass here as on a quiet machine. Needs a production build
# (`npx next build`) and installs Debian's stress-ng when it is missing and the user may.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v stress-ng >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq stress-ng >/dev/null
  else
    echo "This check needs stress-ng (Debian: apt-get install stress-ng)." >&2
    exit 1
  fi
fi
[ -d .next ] || { echo "Build the app first: npx next build" >&2; exit 1; }
CPUS="${STRESS_CPUS:-$(nproc)}"
stress-ng --cpu "$CPUS" --cpu-load 100 --quiet &
STRESS=$!
trap 'kill "$STRESS" 2>/dev/null || true' EXIT
echo "stress-ng: $CPUS busy CPU workers (load average $(cut -d' ' -f1 /proc/loadavg))"
START=$(date +%s)
NODE_OPTIONS="--experimental-vm-modules ${NODE_OPTIONS:-}" npx jest --selectProjects e2e --runInBand
echo "End-to-end tier passed under CPU stress in $(( $(date +%s) - START )) s (load average $(cut -d' ' -f1 /proc/loadavg))."
