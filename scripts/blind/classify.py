#!/usr/bin/env python3
"""Add verdict lines to a set's EXPECT.tsv: stdin lines 'file<TAB>loc<TAB>rule<TAB>verdict'
(the test's 'unclassified' line with ? replaced). A found mistake removes its 'missed N' line.
Usage: classify.py testdata/blindN < lines"""
import sys, os
d = sys.argv[1]
p = os.path.join(d, "EXPECT.tsv")
lines = open(p).read().rstrip("\n").split("\n")
for raw in sys.stdin:
    raw = raw.rstrip("\n")
    if not raw.strip():
        continue
    f = raw.split("\t")[:4]
    f = [x.strip() for x in f]
    if f[3].startswith("mistake "):
        miss = "\t".join([f[0], "-", "-", "missed " + f[3][8:]])
        lines = [l for l in lines if l != miss]
    # insert before the missed lines block
    new = "\t".join(f)
    if new in lines:
        continue
    i = next((k for k, l in enumerate(lines) if l.endswith("\t-\t-\t" + l.split("\t")[-1]) and l.split("\t")[-1].startswith("missed")), len(lines))
    lines.insert(i, new)
open(p, "w").write("\n".join(lines) + "\n")
