#!/usr/bin/env bash
# Installs what a fresh machine of this kind lacks (Debian packages, npm dependencies), then builds.
# Idempotent: each step runs only when its result is missing, so it is cheap to run before every command.
# --no-build: install only (`npm test`, whose e2e tier builds dist/ itself, once).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# grep without -q reads to the end: -q would exit early, fc-list would die of SIGPIPE and pipefail
# would report the font missing.
fc-list 2>/dev/null | grep 'BIZ UDPGothic' >/dev/null || missing+=(fonts-morisawa-bizud-gothic)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# npm ci when node_modules is missing or older than the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi

[ "${1:-}" = --no-build ] || npm run --silent build
