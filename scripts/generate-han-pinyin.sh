#!/bin/sh
# Regenerates Sources/DuizhaoKit/ICU/HanPinyinTable.swift from the ICU the machine has.
set -eu
cd "$(dirname "$0")/.."
tool=$(mktemp)
trap 'rm -f "$tool"' EXIT
cc -O2 scripts/generate-han-pinyin.c -o "$tool" $(pkg-config --cflags --libs icu-i18n icu-uc)
"$tool" > Sources/DuizhaoKit/ICU/HanPinyinTable.swift.tmp
mv Sources/DuizhaoKit/ICU/HanPinyinTable.swift.tmp Sources/DuizhaoKit/ICU/HanPinyinTable.swift
echo "wrote Sources/DuizhaoKit/ICU/HanPinyinTable.swift"
