#!/usr/bin/env bash
# Installs the Debian packages named as arguments with apt-get when running as root;
# otherwise says what to run and fails. Used by ensure-deps.sh, test-interop.sh and mt-server.sh.
set -euo pipefail
[ $# -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "duizhao: installing $*" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
else
    echo "duizhao: missing $*; install with: sudo apt-get install -y $*" >&2
    exit 1
fi
