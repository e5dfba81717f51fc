#!/usr/bin/env bash
# @module .ci/browser.sh — make Debian's chromium available for the browser tests (test/browser/).
#
# Installs the `chromium` package with apt-get when /usr/bin/chromium (or $CHROMIUM_PATH) is
# missing; does nothing when it is already there, so running it twice is harmless. Needs root on
# a Debian-like machine; never reads stdin (CI=true, DEBIAN_FRONTEND=noninteractive). Prints
# progress on stderr and, last, the browser's version.
set -euo pipefail

BIN="${CHROMIUM_PATH:-/usr/bin/chromium}"
log() { echo "browser.sh: $*" >&2; }

if [ -x "$BIN" ]; then
  log "chromium already installed at $BIN"
else
  if [ "$(id -u)" != "0" ]; then
    log "chromium is missing at $BIN and this is not root; install it with: apt-get install -y chromium"
    exit 1
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    log "chromium is missing at $BIN and apt-get is not available; install Chromium and set CHROMIUM_PATH"
    exit 1
  fi
  log "installing Debian chromium (apt-get)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq </dev/null >&2
  apt-get install -y -qq chromium </dev/null >&2
  if [ ! -x "$BIN" ]; then
    log "chromium was installed but $BIN does not exist; set CHROMIUM_PATH to the browser binary"
    exit 1
  fi
fi
"$BIN" --version >&2 2>/dev/null || log "warning: $BIN --version failed"
