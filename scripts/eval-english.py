#!/usr/bin/env python3
"""Scores duizhao's English line (the offline gloss) against published English translations of
Chinese policy sentences (scripts/english-eval/pairs.tsv, sources in sources.tsv) with chrF++ and
BLEU (sacrebleu). The pairs are written to one text document, one paragraph each, annotated with
`duizhao annotate --format json --stdout`, and each paragraph's English lines are joined into the
hypothesis for its pair.

Usage: scripts/eval-english.py [--binary PATH] [--show N]   (default binary: $DUIZHAO, else
.build/release/duizhao, else .build/debug/duizhao)
"""
import argparse, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAIRS = os.path.join(ROOT, "scripts", "english-eval", "pairs.tsv")


def read_pairs():
    pairs = []
    with open(PAIRS, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 3:
                sys.exit(f"{PAIRS}:{number}: expected 3 tab-separated fields (source id, Chinese, English), found {len(fields)}")
            pairs.append(tuple(fields))
    return pairs


def hypotheses(binary, chinese):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "pairs.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n\n".join(chinese) + "\n")
        result = subprocess.run([binary, "annotate", path, "--format", "json", "--stdout"], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"eval-english: {binary} failed: {result.stderr.strip()}")
        document = json.loads(result.stdout)
    text = document["text"]
    by_paragraph = {}
    for sentence in document["sentences"]:
        by_paragraph.setdefault(sentence["paragraph"], []).append(sentence["english"]["text"])
    by_text = {}
    for paragraph in document["paragraphs"]:
        span = paragraph["span"]
        words = " ".join(by_paragraph.get(paragraph["index"], []))
        key = text[span["start"]:span["end"]].strip()
        if words and key not in by_text:
            by_text[key] = words
    return [by_text.get(line.strip(), "") for line in chinese]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.environ.get("DUIZHAO"))
    parser.add_argument("--show", type=int, default=0, help="print the first N pairs with their English line")
    arguments = parser.parse_args()
    binary = arguments.binary
    if not binary:
        release = os.path.join(ROOT, ".build", "release", "duizhao")
        binary = release if os.path.exists(release) else os.path.join(ROOT, ".build", "debug", "duizhao")
    try:
        import sacrebleu
    except ImportError:
        sys.exit("eval-english: sacrebleu is not installed (pip install sacrebleu)")
    pairs = read_pairs()
    lines = hypotheses(binary, [zh for _, zh, _ in pairs])
    references = [en for _, _, en in pairs]
    chrf = sacrebleu.corpus_chrf(lines, [references], word_order=2)
    bleu = sacrebleu.corpus_bleu(lines, [references])
    for (source, zh, en), line in list(zip(pairs, lines))[: arguments.show]:
        print(f"[{source}] {zh}\n  ref:  {en}\n  line: {line}")
    documents = len({source for source, _, _ in pairs})
    print(f"English line on {len(pairs)} pairs from {documents} documents: chrF++ {chrf.score:.1f}, BLEU {bleu.score:.1f}")


if __name__ == "__main__":
    main()
