#!/usr/bin/env bash
# The real-browser test of `duizhao serve` (Tests/Browser): installs Debian's chromium and
# chromium-driver and selenium and pytest from PyPI when missing (as root; otherwise says
# what to install), builds the binary, and runs the test against a server on loopback.
# DUIZHAO_SCREENSHOTS=docs/ also saves a screenshot of each page there.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk" || missing+=(fonts-wqy-zenhei)
if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]]; then
        echo "test-browser: installing ${missing[*]}"
        apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; }
    else
        echo "test-browser: install ${missing[*]} (sudo apt-get install ${missing[*]})" >&2
        exit 1
    fi
fi
python3 -c "import selenium, pytest" 2>/dev/null || python3 -m pip install --quiet selenium pytest

swift build --product duizhao
export SE_OFFLINE=true SE_AVOID_STATS=true  # selenium: no driver downloads, no usage statistics
DUIZHAO_BIN="$PWD/.build/debug/duizhao" python3 -m pytest -q -p no:cacheprovider Tests/Browser
