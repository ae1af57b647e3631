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


icu = next((f for f in figures if f["phase"] == "icu-word-break-loop"), None)
icu_rate = mbps(icu) if icu else None
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
    ratio_icu = f"{rate / icu_rate:.2f}×" if icu_rate and rate else ""
    ratio_jieba = f"{rate / jieba_rate:.1f}×" if jieba_rate and rate else ""
    rss = f"{f['rssKB'] / 1024:.0f} MB" if f.get("rssKB") else ""
    rows.append((f["phase"], f"{f['seconds']:.3f} s", f"{rate:.2f} MB/s" if rate else "", ratio_icu, ratio_jieba, rss, f.get("note") or ""))

header = ("phase", "time", "throughput", "÷ ICU word loop", "÷ jieba (HMM off)", "peak RSS", "note")
widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
line = lambda r: "| " + " | ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)) + " |"
table = "\n".join([line(header), "| " + " | ".join("-" * w for w in widths) + " |"] + [line(r) for r in rows])

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
