#!/usr/bin/env bash
# The tests drive Debian's Chromium (docs and the browser example), pipe into jq (the
# shell example) and start redis-server (the queue's tests). On a fresh machine, install
# whichever is missing from Debian's packages, so that the README's test command works as it
# is. Where apt cannot be used, say what to install.
set -euo pipefail
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v jq >/dev/null 2>&1 || missing="$missing jq"
command -v redis-server >/dev/null 2>&1 || missing="$missing redis-server"
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "ensure-tools: please install$missing (Debian: apt-get install$missing)" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-tools: please install$missing with your system's package manager" >&2
  exit 1
fi
echo "ensure-tools: installing$missing from Debian's packages"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
