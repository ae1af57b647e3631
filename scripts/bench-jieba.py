"""Times jieba word segmentation (HMM off and on) over a corpus, for comparison with duizhao.

Prints one JSON line per figure, with peak RSS of this process."""
import json
import resource
import sys
import time

import jieba

jieba.setLogLevel(60)
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
size = len(text.encode("utf-8"))
jieba.initialize()
for hmm in (False, True):
    best = None
    for _ in range(2):
        start = time.perf_counter()
        count = 0
        for line in text.split("\n"):
            for _word in jieba.cut(line, HMM=hmm):
                count += 1
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"phase": f"jieba 0.42 (HMM {'on' if hmm else 'off'})", "bytes": size, "seconds": best, "rssKB": rss}))
