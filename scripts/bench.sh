#!/usr/bin/env bash
# make bench: measures duizhao beside its references (a minimal ICU boundary loop and
# jieba) in the same run, prints one table with ratios, and writes BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/duizhao-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
figures="$work/figures.jsonl"
: > "$figures"

echo "== building (release)" >&2
swift build -c release --product duizhao >/dev/null
(cd Benchmarks && swift build -c release >/dev/null)
gcc -O2 -o "$work/icu-loop" Benchmarks/reference/icu-boundary-loop.c -licuuc -licudata

# The corpus: the shared PKU test text and the policy article when present, otherwise text
# generated from the bundled samples. Repeated to about 8 MB so figures are stable.
shared="$root/../shared/corpus"
corpus="$work/corpus.txt"
if [ -f "$shared/sighan2005-pku/pku_test.utf8" ]; then
    corpus_name="SIGHAN 2005 PKU test set + shenzhen-innovation-center article (../shared/corpus), repeated"
    tr -d '\r' < "$shared/sighan2005-pku/pku_test.utf8" > "$work/unit.txt"
    [ -f "$shared/shenzhen-innovation-center.zh.txt" ] && cat "$shared/shenzhen-innovation-center.zh.txt" >> "$work/unit.txt"
else
    corpus_name="bundled samples (samples/*.txt), repeated (../shared/corpus absent)"
    cat samples/shenzhen-talent-policy.txt samples/state-council-plan-excerpt.md > "$work/unit.txt"
fi
target=${BENCH_BYTES:-8000000}
while [ "$(stat -c %s "$corpus" 2>/dev/null || echo 0)" -lt "$target" ]; do cat "$work/unit.txt" >> "$corpus"; done
bytes=$(stat -c %s "$corpus")
chars=$(python3 -c "import sys; print(len(open(sys.argv[1], encoding='utf-8').read()))" "$corpus")
echo "{\"corpus\": \"$corpus_name\", \"bytes\": $bytes, \"characters\": $chars}" > "$work/corpus.json"
echo "== corpus: $corpus_name, $bytes bytes, $chars characters" >&2

echo "== ICU reference loops" >&2
"$work/icu-loop" word "$corpus" 3 >> "$figures"
"$work/icu-loop" sentence "$corpus" 3 >> "$figures"

echo "== library phases" >&2
Benchmarks/.build/release/duizhao-bench "$corpus" glossaries data/cedict/cedict_ts.u8 >> "$figures"

# End to end through the CLI, with peak RSS from GNU time.
# run_e2e RUNS CORPUS BYTES PHASE COMMAND...: the best wall time of RUNS runs, with peak RSS.
# CORPUS names the input (main, large, ten) so the report compares with the ICU loop on it.
run_e2e() {
    local runs=$1 input=$2 size=$3 phase=$4; shift 4
    local best=999999 rss=0
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > /dev/null 2>"$work/stderr.txt" || { echo "failed: $* ($(head -c 300 "$work/stderr.txt"))" >&2; return 0; }
        read -r seconds kb < "$work/time.txt"
        best=$(python3 -c "print(min($best, $seconds))")
        rss=$kb
    done
    echo "{\"phase\": \"$phase\", \"bytes\": $size, \"seconds\": $best, \"rssKB\": $rss, \"endToEnd\": true, \"corpus\": \"$input\"}" >> "$figures"
}
echo "== end to end" >&2
bin=.build/release/duizhao
if [ -x /usr/bin/time ]; then
    # ICU's words (and glossary terms), comparable with the ICU loop above; then the words
    # annotate uses, re-segmented with the CC-CEDICT lexicon (the default when it is installed).
    run_e2e 3 main "$bytes" "duizhao segment --no-lexicon (CLI)" "$bin" segment --no-lexicon "$corpus"
    run_e2e 3 main "$bytes" "duizhao segment --json --no-lexicon (CLI)" "$bin" segment --json --no-lexicon "$corpus"
    if [ -f data/cedict/cedict_ts.u8 ]; then
        run_e2e 3 main "$bytes" "duizhao segment with the dictionary lexicon (CLI)" "$bin" segment "$corpus"
    fi
    if "$bin" help annotate >/dev/null 2>&1; then
        for format in json md html xliff brief; do
            run_e2e 3 main "$bytes" "duizhao annotate --format $format (CLI)" "$bin" annotate "$corpus" --format "$format" --stdout
        done
    fi
else
    echo "/usr/bin/time missing: end-to-end figures skipped (apt-get install time)" >&2
fi
# The issue's second input: about 20 MB of mixed news and policy text (the same sources plus
# the bundled policy samples), measured end to end against the ICU loop on that text; and
# segment --json's peak memory on a 10 MB slice of it. One run each (they are long).
large="$work/large.txt"
cat "$work/unit.txt" samples/shenzhen-talent-policy.txt samples/state-council-plan-excerpt.md > "$work/large-unit.txt"
large_target=${BENCH_LARGE_BYTES:-20000000}
while [ "$(stat -c %s "$large" 2>/dev/null || echo 0)" -lt "$large_target" ]; do cat "$work/large-unit.txt" >> "$large"; done
large_bytes=$(stat -c %s "$large")
python3 - "$large" "$work/ten.txt" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()[:10_000_000]
open(sys.argv[2], "wb").write(data[: data.rfind(b"\n") + 1])
PY
ten_bytes=$(stat -c %s "$work/ten.txt")
echo "== large corpus: $large_bytes bytes" >&2
"$work/icu-loop" word "$large" 1 | python3 -c "import json,sys; f=json.load(sys.stdin); f['phase']='icu-word-break-loop'; f['corpus']='large'; print(json.dumps(f))" >> "$figures"
if [ -x /usr/bin/time ]; then
    run_e2e 1 large "$large_bytes" "duizhao segment --no-lexicon (CLI)" "$bin" segment --no-lexicon "$large"
    run_e2e 1 large "$large_bytes" "duizhao annotate --format json (CLI)" "$bin" annotate "$large" --format json --stdout
    run_e2e 1 ten "$ten_bytes" "duizhao segment --json --no-lexicon (CLI), 10 MB" "$bin" segment --json --no-lexicon "$work/ten.txt"
fi

echo "== machine translation: CPU while waiting for a slow server" >&2
python3 scripts/bench-mt-wait.py "$bin" 8 >> "$figures" || echo "machine translation wait: failed (see above)" >&2

if "$bin" help lookup >/dev/null 2>&1; then
    python3 scripts/bench-startup.py "$bin" >> "$figures" || true
fi

echo "== jieba" >&2
venv="$root/.venv-bench"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv" >/dev/null 2>&1 && "$venv/bin/pip" install -q jieba >/dev/null 2>&1 || echo "jieba: could not create a virtual environment or install jieba from PyPI; skipped" >&2
fi
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import jieba" 2>/dev/null; then
    "$venv/bin/python" scripts/bench-jieba.py "$corpus" >> "$figures"
else
    echo "{\"phase\": \"jieba\", \"skipped\": \"jieba not available (no pip or no network)\"}" >> "$figures"
fi

# make test's wall time is measured only on request (it builds and runs the whole suite).
if [ "${BENCH_TEST:-0}" = 1 ]; then
    start=$(date +%s.%N)
    make test >/dev/null 2>&1 && echo "{\"phase\": \"make test\", \"seconds\": $(python3 -c "import time; print(round(time.time() - $start, 1))"), \"bytes\": 0}" >> "$figures"
fi

python3 scripts/bench-report.py "$figures" "$work/corpus.json" BENCHMARKS.md
