#!/usr/bin/env bash
# Builds the libFuzzer targets into .build-fuzz/: DuizhaoKit (and the C shim over ICU)
# compiled once with coverage instrumentation and AddressSanitizer, then one executable per
# entry point in Fuzz/Sources (`fuzz-<name>`), linked with libFuzzer's main.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=.build-fuzz
mkdir -p "$out/CICU"
swiftc=${SWIFTC:-swiftc}
clang=${CLANG:-$(dirname "$(command -v "$swiftc")")/clang}
sanitizers=fuzzer,address

# The C shim, instrumented the same way (fuzzer-no-link: coverage without a second main).
"$clang" -c -g -O1 -fsanitize=fuzzer-no-link,address -I Sources/CICU/include Sources/CICU/cicu.c -o "$out/cicu.o"
cat > "$out/CICU/module.modulemap" <<MAP
module CICU {
    header "$root/Sources/CICU/include/cicu.h"
    export *
}
MAP

# DuizhaoKit as a static library with its module, rebuilt when a source is newer.
kit_sources=$(find Sources/DuizhaoKit -name '*.swift' | sort)
if [ ! -f "$out/libDuizhaoKit.a" ] || [ -n "$(find Sources/DuizhaoKit Sources/CICU -newer "$out/libDuizhaoKit.a" -print -quit)" ]; then
    echo "fuzz: compiling DuizhaoKit with -sanitize=$sanitizers (a few minutes)"
    # shellcheck disable=SC2086
    "$swiftc" -sanitize=$sanitizers -O -g -wmo -parse-as-library -enable-testing -module-name DuizhaoKit \
        -I "$out/CICU" -emit-module -emit-module-path "$out/DuizhaoKit.swiftmodule" \
        -emit-library -static -o "$out/libDuizhaoKit.a" $kit_sources
fi

for source in Fuzz/Sources/*.swift; do
    name=$(basename "$source" .swift)
    binary="$out/fuzz-$name"
    if [ -f "$binary" ] && [ "$binary" -nt "$source" ] && [ "$binary" -nt "$out/libDuizhaoKit.a" ]; then continue; fi
    echo "fuzz: linking $binary"
    "$swiftc" -sanitize=$sanitizers -O -g -parse-as-library -module-name "Fuzz_$name" -I "$out" -I "$out/CICU" "$source" \
        -L "$out" -lDuizhaoKit "$out/cicu.o" -licui18n -licuuc -licudata -o "$binary" 2>&1 |
        { grep -v "Cannot export local symbol '__asan" || true; }  # gold's harmless notes on ASan's local symbols
    [ -x "$binary" ] || { echo "fuzz: linking $binary failed" >&2; exit 1; }
done
