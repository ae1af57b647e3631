#!/usr/bin/env bash
# Measures `duizhao terms` on the shared corpus article against the hand-made list in
# scripts/terms-eval/: precision at 20 and 50, and how many of the issue's coined terms are
# in the top 50. The corpus is not part of the project: when it is absent, says so and stops.
#
# Usage: scripts/eval-terms.sh     Environment: DUIZHAO=path/to/duizhao (default .build/debug/duizhao)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus/shenzhen-innovation-center.zh.txt
expected=scripts/terms-eval/shenzhen-innovation-center.expected.txt
if [ ! -f "$corpus" ]; then
    echo "eval-terms: $corpus is absent (the shared corpus is not part of the project); nothing measured" >&2
    exit 1
fi
binary=${DUIZHAO:-.build/debug/duizhao}
[ -x "$binary" ] || swift build >&2
"$binary" terms "$corpus" --limit 50 --evaluate "$expected" > /dev/null
