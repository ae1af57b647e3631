#!/usr/bin/env bash
# Runs duizhao on the bundled samples and writes the results into output/.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/duizhao
mkdir -p output
for sample in samples/*.txt samples/*.html samples/*.md; do
    [ -e "$sample" ] || continue
    name=$(basename "$sample")
    name=${name%.*}
    "$bin" segment --json "$sample" > "output/$name.segment.json.tmp" && mv "output/$name.segment.json.tmp" "output/$name.segment.json"
    "$bin" segment "$sample" > "output/$name.segment.txt.tmp" && mv "output/$name.segment.txt.tmp" "output/$name.segment.txt"
    echo "wrote output/$name.segment.json and output/$name.segment.txt"
done
# The main job: every output format per sample, into output/<slug>/.
"$bin" annotate samples/*.txt samples/*.html samples/*.md --out output
