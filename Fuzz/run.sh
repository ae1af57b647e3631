#!/usr/bin/env bash
# make fuzz: builds the libFuzzer targets (Fuzz/build.sh) and runs each for FUZZ_SECONDS
# (default 60) on a copy of its seed corpus (Fuzz/corpus/<target>, grown in Fuzz/work/).
# A crash stops that target with its input saved in Fuzz/artifacts/<target>/; keep it as a
# regression input in Tests/DuizhaoKitTests/Fixtures/fuzz-regressions/<target>/ once fixed.
# FUZZ_TARGETS picks targets (default: every Fuzz/Sources/*.swift).
set -euo pipefail
cd "$(dirname "$0")/.."
./Fuzz/build.sh
seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-$(for f in Fuzz/Sources/*.swift; do basename "$f" .swift; done)}
# detect_leaks=0: the harnesses keep their reader and matcher for the whole run.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
status=0
for target in $targets; do
    work=Fuzz/work/$target
    artifacts=Fuzz/artifacts/$target
    mkdir -p "$work" "$artifacts"
    echo "fuzz: $target for ${seconds}s"
    if ! ".build-fuzz/fuzz-$target" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$work" "Fuzz/corpus/$target"; then
        echo "fuzz: $target found a problem; inputs in $artifacts/" >&2
        status=1
    fi
done
exit $status
