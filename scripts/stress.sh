#!/usr/bin/env bash
# make stress: the full-size pathological inputs of docs/robustness.md, run through the
# release binary; prints each case's outcome, wall time and peak resident memory.
# (The test suite runs the same cases at smaller sizes and checks results, not time.)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bin="$root/.build/release/duizhao"
work=$(mktemp -d "${TMPDIR:-/tmp}/duizhao-stress.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== building (release)" >&2
swift build -c release --product duizhao >/dev/null

echo "== generating inputs in $work" >&2
python3 - "$work" <<'PY'
import random, sys
work = sys.argv[1]
sentence = "深入实施孔雀计划，推进放管服改革试点工作，省级部门要加强统筹。"
unit = sentence.encode("utf-8")
with open(f"{work}/line-100mb.txt", "wb") as f:          # one line, no line break, 100 MB
    f.write(unit * (100 * 1024 * 1024 // len(unit)))
with open(f"{work}/lines-1m.txt", "w", encoding="utf-8") as f:  # one million short lines
    for i in range(1_000_000):
        f.write(f"第{i}条推进改革。\n")
with open(f"{work}/deep-10k.html", "w", encoding="utf-8") as f:
    f.write("<html><body>" + "<div>" * 10_000 + "<p>深入实施孔雀计划。</p>" + "</div>" * 10_000 + "</body></html>")
with open(f"{work}/deep-100k-unclosed.html", "w", encoding="utf-8") as f:
    f.write("<html><body>" + "<div><span><b>" * 100_000 + "深入实施孔雀计划。")
random.seed(7)
han = [chr(0x4E00 + i) for i in range(3000)]
rows, seen = ["id\tzh\ten\tsource"], set()
while len(rows) <= 100_000:
    zh = ("国家发展" + "".join(random.choice(han) for _ in range(3))) if len(rows) <= 5_000 else \
        "".join(random.choice(han) for _ in range(random.randint(2, 6)))
    if zh in seen or zh == "省":
        continue
    seen.add(zh)
    rows.append(f"g-{len(rows)}\t{zh}\tEnglish {len(rows)}\tstress")
rows.append("province\t省\tprovince\tstress")
open(f"{work}/glossary-100k.tsv", "w", encoding="utf-8").write("\n".join(rows) + "\n")
open(f"{work}/glossary-empty.tsv", "w", encoding="utf-8").write("id\tzh\ten\tsource\n")
PY

results="$work/results.txt"
: > "$results"
# run NAME EXPECTED-STATUS COMMAND...: runs the command, records status, seconds and peak RSS.
run() {
    local name=$1 expected=$2
    shift 2
    local status=0
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/stdout.txt" 2>"$work/err" || status=$?
    read -r seconds kib < <(tail -1 "$work/time")
    local verdict="ok"
    [ "$status" = "$expected" ] || verdict="UNEXPECTED (exit $status, wanted $expected): $(tail -2 "$work/err" | tr '\n' ' ')"
    printf "%-58s exit %-3s %8s s %9s MiB  %s\n" "$name" "$status" "$seconds" "$((kib / 1024))" "$verdict" | tee -a "$results"
}

big=$((200 * 1024 * 1024))
g100k=(--no-default-glossary --glossary "$work/glossary-100k.tsv")
run "100 MB single line: segment at the default --max-size"   1 "$bin" segment "$work/line-100mb.txt"
run "100 MB single line: segment --max-size 200 MiB"          0 "$bin" segment --max-size $big "$work/line-100mb.txt"
run "100 MB single line: annotate json"                       0 "$bin" annotate --max-size $big --format json --out "$work/out" "$work/line-100mb.txt"
run "100 MB single line on stdin, --max-size 10 MiB"          1 sh -c "\"$bin\" annotate - --stdout --format json --max-size 10485760 < \"$work/line-100mb.txt\""
run "1M short lines: segment"                                 0 "$bin" segment "$work/lines-1m.txt"
run "1M short lines: annotate json"                           0 "$bin" annotate --format json --out "$work/out" "$work/lines-1m.txt"
run "HTML nested 10,000 deep: annotate all formats"           0 "$bin" annotate --format all --out "$work/out" "$work/deep-10k.html"
run "HTML 100,000 unclosed levels: annotate all formats"      0 "$bin" annotate --format all --out "$work/out" "$work/deep-100k-unclosed.html"
run "glossary 100k entries (5k share a prefix): validate"     0 "$bin" glossary validate "$work/glossary-100k.tsv"
run "glossary 100k entries: lookup 国家发展 (shared prefix)"  0 "$bin" lookup 国家发展 "${g100k[@]}"
run "glossary 100k entries: lookup 省 (one character)"        0 "$bin" lookup 省 "${g100k[@]}"
run "glossary 100k entries: annotate 1M lines"                0 "$bin" annotate --format json --out "$work/out-g" "${g100k[@]}" "$work/lines-1m.txt"
run "empty glossary: annotate 1M lines"                       0 "$bin" annotate --format json --out "$work/out-e" --no-default-glossary --glossary "$work/glossary-empty.tsv" "$work/lines-1m.txt"

echo "== $(grep -c ' ok$' "$results") of $(wc -l < "$results") cases as expected" >&2
! grep -q UNEXPECTED "$results"
