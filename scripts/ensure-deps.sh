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
exec "$(dirname "$0")/apt-install.sh" "${missing[@]}"
