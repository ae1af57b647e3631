#!/usr/bin/env bash
# make check-sanitizers: builds the package and its tests under AddressSanitizer and then
# ThreadSanitizer, each in its own scratch folder so the ordinary .build stays as it is, and
# runs the whole test suite in each. Stops at the first sanitizer whose run fails.
# SANITIZERS="address" (or "thread") runs one only.
set -euo pipefail
cd "$(dirname "$0")/.."
swift=${SWIFT:-swift}
# halt_on_error: the first report fails the run (ASan does by default; TSan only reports).
# Leaks are checked at exit, less those of XCTest and Foundation listed in the suppressions.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$(pwd)/scripts/lsan-suppressions.txt:print_suppressions=0}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}
for sanitizer in ${SANITIZERS:-address thread}; do
    case "$sanitizer" in
        address) scratch=.build-asan ;;
        thread) scratch=.build-tsan ;;
        *) echo "check-sanitizers: unknown sanitizer '$sanitizer' (address or thread)" >&2; exit 2 ;;
    esac
    echo "check-sanitizers: building under the $sanitizer sanitizer into $scratch"
    start=$(date +%s)
    "$swift" build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch"
    echo "check-sanitizers: running the tests under the $sanitizer sanitizer"
    "$swift" test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch"
    echo "check-sanitizers: $sanitizer sanitizer clean ($(( $(date +%s) - start )) s)"
done
