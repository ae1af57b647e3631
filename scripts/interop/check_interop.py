#!/usr/bin/env python3
"""Round trips through OmegaT and translate-toolkit, run for real (`make test-interop`).

Builds an OmegaT project from duizhao's own files (the XLIFF 1.2 `annotate` writes for
OmegaT, the TMX `tm export` writes, in tm/auto, and the TBX and OmegaT TSV `glossary export`
writes), translates it headless with `omegat --mode=console-translate`, and checks that
OmegaT shows every segment, fills the exact memory matches and loads the glossary with
English targets. OmegaT's target XLIFF and TMX then go back through `duizhao tm import` and
`duizhao check`. translate-toolkit parses duizhao's XLIFF (1.2 and 2.1), TMX and TBX.

Prints one line per check and a closing "N passed, N failed"; exits 1 when any failed.
"""

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")
PROBE = Path(__file__).resolve().parent / "GlossaryProbe.java"

# The test document: our own sentences, one a line, with glossary terms and a number.
SENTENCES = [
    "深圳市实施“孔雀计划”，引进海外高层次人才。",
    "推进“三网”融合，建设新型基础设施。",
    "深化“放管服”改革，优化营商环境。",
    "积极参与“一带一路”建设。",
    "每年安排10亿元人才发展专项资金。",
    "加快建设粤港澳大湾区。",
]
# The reviewed translations the memory holds: exact matches for three of the sentences.
MEMORY = {
    SENTENCES[0]: "Shenzhen implements the Peacock Plan to attract overseas high-level talent.",
    SENTENCES[2]: "We will deepen the reforms to streamline administration, delegate power and improve services, and improve the business environment.",
    SENTENCES[4]: "RMB 1 billion is allocated every year to a special fund for talent development.",
}

PROJECT_FILE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
    <project version="1.0">
        <source_dir>source</source_dir>
        <source_dir_excludes/>
        <target_dir>target</target_dir>
        <tm_dir>tm</tm_dir>
        <glossary_dir>glossary</glossary_dir>
        <glossary_file>glossary/glossary.txt</glossary_file>
        <dictionary_dir>dictionary</dictionary_dir>
        <source_lang>zh-CN</source_lang>
        <target_lang>en</target_lang>
        <source_tok>org.omegat.tokenizer.LuceneSmartChineseTokenizer</source_tok>
        <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
        <sentence_seg>false</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
    </project>
</omegat>
"""


class Checks:
    """Counts and prints results."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"ok   {name}")
        else:
            self.failed += 1
            print(f"FAIL {name}" + (f": {detail}" if detail else ""))
        return ok


def run(command, cwd=None, timeout=600):
    """Runs a command; returns (status, stdout, stderr)."""
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    return result.returncode, result.stdout, result.stderr


def local(tag):
    return tag.rsplit("}", 1)[-1]


def xliff12_units(path):
    """(source text, target text or None) per trans-unit of an XLIFF 1.2 file."""
    units = []
    for element in ET.parse(path).iter():
        if local(element.tag) != "trans-unit":
            continue
        source = next((c for c in element if local(c.tag) == "source"), None)
        target = next((c for c in element if local(c.tag) == "target"), None)
        units.append(("".join(source.itertext()) if source is not None else "", "".join(target.itertext()) if target is not None else None))
    return units


def file_statistics(stats_path, name):
    """(total, remaining) segments of one file in OmegaT's project_stats.txt."""
    for line in Path(stats_path).read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.split("\t")]
        if cells and cells[0] == name and len(cells) > 2:
            return int(cells[1]), int(cells[2])
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duizhao", required=True, help="the duizhao executable")
    parser.add_argument("--keep", action="store_true", help="keep the work folder and print its path")
    arguments = parser.parse_args()
    checks = Checks()
    work = Path(tempfile.mkdtemp(prefix="duizhao-interop-"))
    try:
        interop(Path(arguments.duizhao).resolve(), work, checks)
    finally:
        if arguments.keep:
            print(f"work folder: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


def interop(duizhao, work, checks):
    def tool(*args):
        status, out, err = run([str(duizhao), *args], cwd=work)
        if status not in (0, 1):
            checks.check(f"duizhao {' '.join(args)}", False, f"exited {status}: {err.strip()[:300]}")
        return status, out, err

    def copy(source, destination):
        if source.exists():
            shutil.copy(source, destination)
        else:
            checks.check(f"duizhao wrote {source.relative_to(work)}", False)

    (work / "plan.txt").write_text("\n".join(SENTENCES) + "\n", encoding="utf-8")
    (work / "memory.tsv").write_text("".join(f"{zh}\t{en}\n" for zh, en in MEMORY.items()), encoding="utf-8")

    # --- duizhao writes the project's files -------------------------------------------
    project = work / "project"
    for folder in ["source", "target", "tm/auto", "glossary", "omegat", "dictionary"]:
        (project / folder).mkdir(parents=True, exist_ok=True)
    (project / "omegat.project").write_text(PROJECT_FILE, encoding="utf-8")

    status, out, err = tool("tm", "import", "memory.tsv", "--tm", "memory.sqlite", "--no-default-glossary")
    checks.check("tm import of the reviewed pairs", status == 0 and f"imported {len(MEMORY)} pair(s)" in out, out + err)
    tool("tm", "export", "--format", "tmx", "--tm", "memory.sqlite", "--out", str(project / "tm/auto/duizhao.tmx"))
    tool("annotate", "plan.txt", "--out", "for-omegat", "--format", "xliff", "--xliff-version", "1.2", "--xliff-target", "source")
    copy(work / "for-omegat/plan/plan.xlf", project / "source/plan.xlf")
    # The same with inline term marks, to show what they cost.
    tool("annotate", "plan.txt", "--out", "marked", "--format", "xliff", "--xliff-version", "1.2", "--xliff-target", "source", "--inline-terms")
    copy(work / "marked/plan/plan.xlf", project / "source/marked.xlf")
    tool("glossary", "export", "--format", "tbx", "--out", str(project / "glossary/duizhao.tbx"))
    tool("glossary", "export", "--format", "omegat", "--out", str(project / "glossary/duizhao.txt"))

    exchange = [project / "tm/auto/duizhao.tmx", project / "source/plan.xlf", project / "glossary/duizhao.tbx"]
    checks.check("no local path in duizhao's exchange files", not any(str(work) in p.read_text(encoding="utf-8") for p in exchange if p.exists()))
    units = xliff12_units(project / "source/plan.xlf") if (project / "source/plan.xlf").exists() else []
    checks.check("XLIFF 1.2 for OmegaT: a unit per sentence, target a copy of the source",
                 len(units) == len(SENTENCES) and all(target == source for source, target in units), str(units))

    # --- OmegaT, headless ---------------------------------------------------------------
    status, out, err = run(["omegat", "--mode=console-translate", str(project)], timeout=900)
    checks.check("omegat --mode=console-translate runs", status == 0 and "Finished" in out, (out + err)[-2000:])
    stats = file_statistics(project / "omegat/project_stats.txt", "plan.xlf") if (project / "omegat/project_stats.txt").exists() else None
    checks.check("OmegaT shows every segment", stats is not None and stats[0] == len(SENTENCES), f"statistics {stats}, {len(SENTENCES)} sentences")
    checks.check("OmegaT fills the exact memory matches", stats is not None and stats[1] == len(SENTENCES) - len(MEMORY), f"statistics {stats}")
    translated = xliff12_units(project / "target/plan.xlf") if (project / "target/plan.xlf").exists() else []
    filled = {source: target for source, target in translated if target in MEMORY.values()}
    checks.check("OmegaT's target XLIFF holds the memory's translations",
                 filled == MEMORY, f"filled {filled}")
    marked = xliff12_units(project / "target/marked.xlf") if (project / "target/marked.xlf").exists() else []
    marked_filled = sum(1 for _, target in marked if target in MEMORY.values())
    checks.check("inline term marks cost memory matches (so 1.2 leaves them off)", marked_filled < len(MEMORY), f"{marked_filled} filled with marks")

    status, out, err = run(["java", "-cp", str(OMEGAT_JAR), str(PROBE), str(project), str(project / "glossary/duizhao.tbx"), str(project / "glossary/duizhao.txt")], timeout=600)
    entries = [line.split("\t") for line in out.splitlines() if line.startswith("ENTRY\t")]
    tbx = [e for e in entries if e[1] == "duizhao.tbx"]
    tsv = [e for e in entries if e[1] == "duizhao.txt"]
    checks.check("OmegaT loads the TBX glossary", len(tbx) > 1000, f"{len(tbx)} pairs; {err[-1000:]}")
    checks.check("OmegaT loads the OmegaT TSV glossary", len(tsv) > 1000, f"{len(tsv)} pairs")
    checks.check("every TBX pair OmegaT offers has an English target", tbx and not any(HAN.search(e[3]) for e in tbx),
                 str([e for e in tbx if HAN.search(e[3])][:3]))
    belt = [e for e in tbx if e[2] == "一带一路"]
    checks.check("TBX: 一带一路 ⇒ Belt and Road Initiative, deprecated renderings only in a do-not-use note",
                 belt and belt[0][3] == "Belt and Road Initiative" and "Do not use" in belt[0][4]
                 and not any(e[3] in ("One Belt, One Road", "OBOR") for e in tbx), str(belt))
    checks.check("TBX: Traditional forms match and give English", any(e[2] == "孔雀計劃" and e[3] == "Peacock Plan" for e in tbx))
    belt_tsv = [e for e in tsv if e[2] == "一带一路"]
    checks.check("OmegaT TSV: deprecated renderings only in the comment",
                 belt_tsv and belt_tsv[0][3] == "Belt and Road Initiative" and "do not use: One Belt, One Road" in belt_tsv[0][4]
                 and not any(e[3] == "One Belt, One Road" for e in tsv), str(belt_tsv))

    # --- OmegaT's files back through duizhao --------------------------------------------
    untranslated = len(SENTENCES) - len(MEMORY)
    status, out, err = tool("tm", "import", str(project / "target/plan.xlf"), "--tm", "back.sqlite", "--no-default-glossary")
    checks.check("tm import of OmegaT's target XLIFF stores only translations",
                 status == 0 and f"imported {len(MEMORY)} pair(s)" in out and f"{untranslated} target repeats the source" in out, out + err)
    omegat_tmx = project / "project-omegat.tmx"
    if omegat_tmx.exists():
        status, out, err = tool("tm", "import", str(omegat_tmx), "--tm", "back-tmx.sqlite", "--no-default-glossary")
        checks.check("tm import of OmegaT's TMX", status == 0 and f"imported {len(MEMORY)} pair(s)" in out, out + err)
    else:
        checks.check("OmegaT writes project-omegat.tmx", False, str(sorted(p.name for p in project.iterdir())))
    status, out, err = tool("check", str(project / "target/plan.xlf"), "--format", "json", "--fail-on", "never")
    try:
        findings = json.loads(out)["findings"]
    except (ValueError, KeyError) as error:
        findings = None
        checks.check("check reads OmegaT's target XLIFF", False, f"{error}: {out[:500]} {err[:500]}")
    if findings is not None:
        kinds = [f["kind"] for f in findings]
        checks.check("check finds the untranslated segments OmegaT left as copies",
                     kinds.count("untranslated-sentence") == untranslated, str(kinds))
        checks.check("check raises no number-added for a numeral inside a term", "number-added" not in kinds, str(kinds))

    # --- translate-toolkit ----------------------------------------------------------------
    from translate.storage import tbx as tk_tbx
    from translate.storage import tmx as tk_tmx
    from translate.storage import xliff as tk_xliff
    from translate.storage import xliff2 as tk_xliff2

    def units_of(kind, path):
        if not path.exists():
            return []
        try:
            return list(kind.parsefile(str(path)).units)
        except Exception as error:  # a file the toolkit rejects is a failed check, not a crash
            checks.check(f"translate-toolkit parses {path.relative_to(work)}", False, repr(error))
            return []

    targets = {u.source: u.target for u in units_of(tk_xliff.xlifffile, project / "target/plan.xlf") if u.source}
    checks.check("translate-toolkit reads OmegaT's XLIFF with the English targets",
                 len(targets) == len(SENTENCES) and all(targets.get(zh) == en for zh, en in MEMORY.items()), str(targets))
    checks.check("translate-toolkit reads duizhao's XLIFF 1.2",
                 len([u for u in units_of(tk_xliff.xlifffile, project / "source/plan.xlf") if u.source]) == len(SENTENCES))

    tool("annotate", "plan.txt", "--out", "drafts", "--format", "xliff,tmx", "--tm", "memory.sqlite", "--xliff-target", "draft")
    drafts = {u.source: u.target for u in units_of(tk_xliff2.Xliff2File, work / "drafts/plan/plan.xlf") if u.source}
    checks.check("translate-toolkit reads duizhao's XLIFF 2.1 drafts with English targets",
                 len(drafts) == len(SENTENCES) and all(drafts.get(zh) == en for zh, en in MEMORY.items()), str(drafts))

    pairs = {u.source: u.target for u in units_of(tk_tmx.tmxfile, project / "tm/auto/duizhao.tmx")}
    checks.check("translate-toolkit reads duizhao's memory TMX with English targets", pairs == MEMORY, str(pairs))
    pairs = {u.source: u.target for u in units_of(tk_tmx.tmxfile, work / "drafts/plan/plan.tmx")}
    checks.check("translate-toolkit reads annotate's TMX: the memory's translations, no glosses", pairs == MEMORY, str(pairs))

    terms = [(u.source, u.target) for u in units_of(tk_tbx.tbxfile, project / "glossary/duizhao.tbx")]
    checks.check("translate-toolkit reads the TBX with English targets",
                 len(terms) > 1000 and not any(HAN.search(t or "") for _, t in terms),
                 str([p for p in terms if HAN.search(p[1] or "")][:3]))
    checks.check("translate-toolkit: 一带一路 ⇒ Belt and Road Initiative", ("一带一路", "Belt and Road Initiative") in terms)


if __name__ == "__main__":
    sys.exit(main())
