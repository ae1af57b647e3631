"""Turns the benchmark figures (JSON lines) into one table with throughput and ratios to the
ICU word-break loop, prints it, and writes BENCHMARKS.md."""
import datetime
import json
import os
import platform
import sys

figures_path, corpus_path, out_path = sys.argv[1:4]
figures = [json.loads(line) for line in open(figures_path) if line.strip()]
corpus = json.load(open(corpus_path))


def mbps(f):
    return f["bytes"] / f["seconds"] / 1e6 if f.get("seconds") and f.get("bytes") else None


# Figures on the second inputs (20 MB mixed, and its 10 MB slice) carry a "corpus" field;
# each is compared with the ICU loop run on the same text.
icu_rates = {f.get("corpus", "main"): mbps(f) for f in figures if f["phase"] == "icu-word-break-loop"}
icu_rates.setdefault("ten", icu_rates.get("large"))
icu_rate = icu_rates.get("main")
labels = {"large": " [20 MB mixed]", "ten": ""}
jieba_off = next((f for f in figures if f["phase"].startswith("jieba") and "off" in f["phase"] and "seconds" in f), None)
jieba_rate = mbps(jieba_off) if jieba_off else None

rows = []
for f in figures:
    if "skipped" in f:
        rows.append((f["phase"], "skipped: " + f["skipped"], "", "", "", "", ""))
        continue
    if "milliseconds" in f:
        rows.append((f["phase"], f"{f['milliseconds']:.1f} ms", "", "", "", f"{f['rssKB'] / 1024:.0f} MB" if f.get("rssKB") else "", f.get("note", "")))
        continue
    rate = mbps(f)
    corpus_key = f.get("corpus", "main")
    reference = icu_rates.get(corpus_key)
    ratio_icu = f"{rate / reference:.2f}×" if reference and rate else ""
    ratio_jieba = f"{rate / jieba_rate:.1f}×" if jieba_rate and rate and corpus_key == "main" else ""
    rss = f"{f['rssKB'] / 1024:.0f} MB" if f.get("rssKB") else ""
    rows.append((f["phase"] + labels.get(corpus_key, ""), f"{f['seconds']:.3f} s", f"{rate:.2f} MB/s" if rate else "", ratio_icu, ratio_jieba, rss, f.get("note") or ""))

header = ("phase", "time", "throughput", "÷ ICU word loop", "÷ jieba (HMM off)", "peak RSS", "note")
widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
line = lambda r: "| " + " | ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)) + " |"
table = "\n".join([line(header), "| " + " | ".join("-" * w for w in widths) + " |"] + [line(r) for r in rows])



def find(phase, corpus="main"):
    return next((f for f in figures if f["phase"] == phase and f.get("corpus", "main") == corpus and "seconds" in f), None)


def ratio(f, reference):
    rate = mbps(f) if f else None
    return rate / reference if rate and reference else None


def shown(value, digits=2, suffix="×"):
    return f"{value:.{digits}f}{suffix}" if value is not None else "not measured"


# Issue 18's targets, each measured in this run.
segment_main, segment_large = find("duizhao segment --no-lexicon (CLI)"), find("duizhao segment --no-lexicon (CLI)", "large")
annotate_main, annotate_large = find("duizhao annotate --format json (CLI)"), find("duizhao annotate --format json (CLI)", "large")
matching = find("glossary matching, 100000 entries")
memory = next((f for f in figures if f.get("corpus") == "ten"), None)
make_test = find("make test")
targets = [
    ("segment end to end ÷ ICU loop (8 MB · 20 MB)", f"{shown(ratio(segment_main, icu_rates.get('main')))} · {shown(ratio(segment_large, icu_rates.get('large')))}", "≥ 0.80×"),
    ("segment end to end ÷ jieba, HMM off (8 MB)", shown(ratio(segment_main, jieba_rate), 1), "≥ 10×"),
    ("annotate --format json end to end ÷ ICU loop (8 MB · 20 MB)", f"{shown(ratio(annotate_main, icu_rates.get('main')))} · {shown(ratio(annotate_large, icu_rates.get('large')))}", "≥ 0.50×"),
    ("glossary matching, 100,000 entries ÷ ICU loop (8 MB, library)", shown(ratio(matching, icu_rates.get('main'))), "≥ 5×"),
    (f"peak memory, segment --json on {memory['bytes'] / 1e6:.0f} MB" if memory else "peak memory, segment --json on 10 MB", f"{memory['rssKB'] / 1024:.0f} MB" if memory else "not measured", "≤ 150 MB"),
    ("make test wall time (BENCH_TEST=1)", f"{make_test['seconds']:.0f} s" if make_test else "not measured in this run (BENCH_TEST=1 measures it)", "state it; CI under 15 min"),
]
target_header = ("issue 18 measure", "this run", "target")
target_widths = [max(len(r[i]) for r in targets + [target_header]) for i in range(3)]
target_line = lambda r: "| " + " | ".join(c.ljust(target_widths[i]) for i, c in enumerate(r)) + " |"
target_table = "\n".join([target_line(target_header), "| " + " | ".join("-" * w for w in target_widths) + " |"] + [target_line(r) for r in targets])

cpu = "unknown CPU"
try:
    for l in open("/proc/cpuinfo"):
        if l.startswith("model name"):
            cpu = l.split(":", 1)[1].strip()
            break
except OSError:
    pass
machine = f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}"
date = datetime.date.today().isoformat()
text = f"""# Benchmarks

Latest figures from `make bench` ({date}). Machine: {machine}.
Corpus: {corpus['corpus']}; {corpus['bytes']:,} bytes, {corpus['characters']:,} characters.
Throughput is input bytes (UTF-8) per second; every time is the best of several runs; the
references (ICU's own word-break loop in C, and jieba) ran in the same run on the same text,
so the ratios are what to compare across machines.

{table}

### Targets (issue 18)

{target_table}
"""
# The live machine translation figures (make test-mt-live) are kept as they are.
start, end = "<!-- mt-live -->", "<!-- /mt-live -->"
if os.path.exists(out_path):
    old = open(out_path, encoding="utf-8").read()
    # (unless it stands in the hand-written sections kept below, which carry it along)
    kept_at = old.find("## Precision (hand-checked)")
    if start in old and end in old and not (0 <= kept_at < old.index(start)):
        text += "\n" + old[old.index(start):old.index(end) + len(end)] + "\n"
print(table)
print()
print(target_table)
# The hand-checked precision figures are not measured by this script: keep them.
kept = "## Precision (hand-checked)"
if os.path.exists(out_path):
    previous = open(out_path).read()
    if kept in previous:
        text += "\n" + previous[previous.index(kept):]
with open(out_path + ".tmp", "w") as out:
    out.write(text)
os.replace(out_path + ".tmp", out_path)
print(f"\nwrote {out_path}")
