#!/usr/bin/env python3
"""Drop from EXPECT.tsv files the 'false' lines the accuracy log says are not found any more.
Usage: dropgone.py /tmp/acc.log"""
import sys, re, glob, os
log = open(sys.argv[1], errors="replace").read().splitlines()
gone = []
for i, l in enumerate(log):
    if "not found any more" in l and i + 1 < len(log):
        f = log[i + 1].strip()
        if f.endswith("\tfalse"):
            gone.append(f)
byset = {}
for g in gone:
    fn = g.split("\t")[0]
    p = glob.glob(f"testdata/*/{fn}")
    if p:
        byset.setdefault(os.path.join(os.path.dirname(p[0]), "EXPECT.tsv"), set()).add(g)
for p, gs in byset.items():
    lines = open(p).read().split("\n")
    lines = [l for l in lines if l not in gs]
    open(p, "w").write("\n".join(lines))
    print(p, len(gs))
