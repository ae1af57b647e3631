#!/usr/bin/env bash
# Benchmarks `duizhao batch`: generates documents from a template in a temporary folder,
# then reports documents/second and peak memory (resident set) for --jobs 1 and --jobs 2,
# and the time of an incremental rerun where nothing changed.
#
# Usage: scripts/bench-batch.sh [COUNT]        (COUNT ≥ 1000, default 1000)
# Environment: DUIZHAO=path/to/duizhao (default: .build/release/duizhao, built if missing)
#              KEEP=1 keeps the temporary folder.
# Not run by the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-1000}
if [ "$count" -lt 1000 ]; then echo "bench-batch: COUNT must be at least 1000" >&2; exit 2; fi
binary=${DUIZHAO:-.build/release/duizhao}
if [ ! -x "$binary" ]; then
    echo "bench-batch: building the release binary…" >&2
    swift build -c release >&2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/duizhao-bench.XXXXXX")
if [ "${KEEP:-0}" != 1 ]; then trap 'rm -rf "$work"' EXIT; fi
input="$work/in"

# A policy-style template (about 1,300 characters); each document gets its own numbers so no
# two are identical. Every third document is Markdown, every third HTML.
paragraph() {
    local n=$1
    cat <<TEXT
关于推进第${n}批科技创新项目建设的通知
一、总体要求
为深入实施“孔雀计划”，加快推动“放管服”改革，构建第${n}号创新发展格局，制定本通知。坚持简政放权、放管结合、优化服务，持续优化营商环境，全面落实“非禁即入”原则。
二、主要任务
（一）建设高水平创新平台。加快建设第${n}批国家重点实验室、新材料中试基地和生物医药示范区，支持龙头企业牵头组建产业技术创新联盟，推动科技成果转移转化，完善科技成果转移转化激励机制。
（二）强化人才支撑。实施“技能菁英工程”，开展“鹏城工匠”评选，推行人才创新券制度。落实“双创”政策，办好双创活动周，每年安排专项资金${n}万元支持高层次人才创新创业。
（三）深化改革开放。坚持质量、标准、品牌、信誉“四位一体”推进，健全负面清单管理制度，实行市场准入负面清单。推进“互联网+政务服务”，实施“数字政府”行动计划，提升政务服务效率。
三、保障措施
各区要建立工作机制，明确责任分工，加强督促检查，确保第${n}批各项任务落到实处。
TEXT
}

echo "bench-batch: generating $count documents in $input" >&2
for ((i = 0; i < count; i++)); do
    folder="$input/group-$((i % 20))/part-$((i / 100))"
    mkdir -p "$folder"
    case $((i % 3)) in
        0) paragraph "$i" > "$folder/notice-$i.txt" ;;
        1) { echo "# 第${i}号通知"; echo; paragraph "$i"; } > "$folder/notice-$i.md" ;;
        2) { echo "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>第${i}号通知</title></head><body><nav>首页 &gt; 通知</nav>";
             paragraph "$i" | sed 's|^|<p>|; s|$|</p>|'; echo "<footer>版权所有</footer></body></html>"; } > "$folder/index-$i.html" ;;
    esac
done
bytes=$(du -sb "$input" | cut -f1)
echo "bench-batch: $count documents, $bytes bytes" >&2

run() {
    local jobs=$1 out=$2 log="$work/log-$1-$RANDOM"
    local start end
    start=$(date +%s.%N)
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -v "$binary" batch "$input" --out "$out" --jobs "$jobs" --quiet --stats 2> "$log" || true
    else
        "$binary" batch "$input" --out "$out" --jobs "$jobs" --quiet --stats 2> "$log" || true
    fi
    end=$(date +%s.%N)
    local seconds rate peak
    seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
    rate=$(awk -v n="$count" -v s="$seconds" 'BEGIN { printf "%.1f", n / s }')
    if grep -q "Maximum resident set size" "$log"; then
        peak="$(grep "Maximum resident set size" "$log" | awk '{print $NF}') KiB (/usr/bin/time -v)"
    else
        peak="$(sed -n 's/.*peak RSS \(.*\)$/\1/p' "$log") (VmHWM, --stats)"
    fi
    printf '%-28s %8.2f s %8s docs/s   peak RSS %s\n' "$3" "$seconds" "$rate" "$peak"
}

echo
echo "documents: $count ($bytes bytes), binary: $binary, cores: $(nproc 2>/dev/null || echo ?)"
run 1 "$work/out-1" "--jobs 1"
run 2 "$work/out-2" "--jobs 2"
run 2 "$work/out-2" "--jobs 2, rerun (unchanged)"
