#!/usr/bin/env bash
# Makes sure the C libraries duizhao builds against are installed: ICU (libicu-dev), SQLite
# (libsqlite3-dev, for the translation memory through GRDB) and pkg-config. Installs them with
# apt-get when running as root; otherwise says what to run.
set -euo pipefail

missing=()
[ -f /usr/include/unicode/ubrk.h ] || missing+=(libicu-dev)
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "duizhao: installing ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
    echo "duizhao: missing ${missing[*]}; install with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
