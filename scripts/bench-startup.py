"""Measures cold-start latency of `duizhao lookup` (process start to exit), median of 20 runs,
with and without the CC-CEDICT dictionary. Prints JSON lines."""
import json
import resource
import subprocess
import sys
import time

binary = sys.argv[1]


def measure(label, args, runs=20):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([binary] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"phase": label, "milliseconds": times[len(times) // 2], "rssKB": rss}))


measure("duizhao lookup 放管服 (cold start, policy glossary)", ["lookup", "放管服", "--no-dictionary"])
measure("duizhao lookup 猫 (cold start, with CC-CEDICT)", ["lookup", "猫"])
