#!/usr/bin/env python3
"""make lint: every `import` of one of duizhao's own modules must follow Package.swift.

Reads the targets and their dependencies from `swift package dump-package`, then checks
every Swift file under Sources/ and Tests/: a file may import one of the package's own
modules only when its target depends on that module, directly or through another target.
SwiftPM does not always catch this itself (a module built earlier in the same build can be
found without being declared), and an undeclared import of a higher layer would bring the
dependency cycle back. Also checks that the declared graph has no cycle.

Exit status 0 when every import is declared, 1 with one line per offence otherwise.
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IMPORT = re.compile(r"^\s*(?:@testable\s+|@_exported\s+|@preconcurrency\s+)*import\s+(\w+)", re.M)


def targets():
    out = subprocess.run(["swift", "package", "dump-package"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    package = json.loads(out)
    result = {}
    for target in package["targets"]:
        deps = []
        for dep in target.get("dependencies", []):
            # {"byName": ["X", null]} or {"target": ["X", null]}; products are other packages.
            for kind in ("byName", "target"):
                if kind in dep:
                    deps.append(dep[kind][0])
        default = "Tests" if target["type"] == "test" else "Sources"
        path = target.get("path") or os.path.join(default, target["name"])
        result[target["name"]] = (path, deps)
    return result


def closure(name, graph, seen=None, stack=()):
    """The targets `name` depends on, directly or not; raises on a cycle."""
    if name in stack:
        raise ValueError(" -> ".join(stack + (name,)))
    reach = set()
    for dep in graph.get(name, (None, []))[1]:
        if dep in graph:
            reach.add(dep)
            reach |= closure(dep, graph, seen, stack + (name,))
    return reach


def main():
    graph = targets()
    own = set(graph)
    problems = []
    for name, (path, _) in sorted(graph.items()):
        try:
            allowed = closure(name, graph)
        except ValueError as cycle:
            problems.append(f"Package.swift: dependency cycle {cycle}")
            continue
        for folder, _, files in os.walk(os.path.join(ROOT, path)):
            for file in sorted(files):
                if not file.endswith(".swift"):
                    continue
                full = os.path.join(folder, file)
                with open(full, encoding="utf-8") as handle:
                    text = handle.read()
                for match in IMPORT.finditer(text):
                    module = match.group(1)
                    if module in own and module != name and module not in allowed:
                        line = text.count("\n", 0, match.start()) + 1
                        rel = os.path.relpath(full, ROOT)
                        problems.append(f"{rel}:{line}: target {name} imports {module}, "
                                        f"which it does not depend on in Package.swift")
    for problem in problems:
        print(problem)
    if problems:
        print(f"lint: {len(problems)} undeclared import(s) of duizhao's own modules", file=sys.stderr)
        return 1
    print(f"lint: {len(graph)} targets, every import of an own module is declared, no cycle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
