#!/usr/bin/env python3
"""Curators' quick check: every YAML file parses and every quote is verbatim in the source.
Usage: python3 seed/curation/check.py seed/data/sectors/electronics.yaml [...]"""
import sys, yaml, pathlib
root = pathlib.Path(__file__).resolve().parents[1]
src = (root / "henan-2015-key-industries-plan.txt").read_text(encoding="utf-8")
bad = 0
def walk(node, path):
    global bad
    if isinstance(node, dict):
        if "quote" in node:
            q = node["quote"]
            if not isinstance(q, str) or q not in src:
                bad += 1; print(f"NOT VERBATIM {path}: {q!r}")
            if "section" not in node:
                bad += 1; print(f"quote without section {path}")
        for k, v in node.items(): walk(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node): walk(v, f"{path}[{i}]")
for f in sys.argv[1:]:
    try:
        walk(yaml.safe_load(open(f, encoding="utf-8")), f)
    except yaml.YAMLError as e:
        bad += 1; print(f"YAML ERROR {f}: {e}")
print("ok" if not bad else f"{bad} problem(s)")
sys.exit(1 if bad else 0)
