#!/usr/bin/env python3
"""Write a blind set's EXPECT.tsv from its first measurement.
Usage: mkexpect.py testdata/blindN "<header line>\n<header line>" verdicts.txt
verdicts.txt: lines 'file-prefix|loc-prefix|rule|verdict' (first match wins; file-prefix e.g. 297-02),
and 'missed file N' lines for mistakes no finding points at.
Runs TestBlindSets on the set (EXPECT.tsv header only first) and classifies every finding."""
import sys, os, subprocess, re
d, header, vfile = sys.argv[1], sys.argv[2], sys.argv[3]
name = os.path.basename(d.rstrip("/"))
exp = os.path.join(d, "EXPECT.tsv")
hdr = "\n".join("# " + h for h in header.split("\\n")) + "\n# file\tlocation\trule\tverdict\n"
open(exp, "w").write(hdr)
out = subprocess.run(["go", "test", "./internal/accuracy", "-run", "TestBlindSets$/" + name + "$", "-count=1"], capture_output=True, text=True).stdout
rows = []
lines = out.splitlines()
for i, l in enumerate(lines):
    if "unclassified finding" in l and i + 1 < len(lines):
        f = lines[i + 1].strip().split("\t")
        rows.append((f[0], f[1], f[2], f[4] if len(f) > 4 else ""))
rules, missed = [], []
for l in open(vfile):
    l = l.rstrip("\n")
    if not l.strip():
        continue
    if l.startswith("missed "):
        _, f, n = l.split()
        missed.append((f, n))
        continue
    fp, lp, r, v = l.split("|")
    rules.append((fp, lp, r, v))
body, bad = [], 0
for f, loc, r, msg in rows:
    v = next((v for fp, lp, rr, v in rules if fp in f and loc.startswith(lp) and (rr == "" or rr == r)), None)
    if v is None:
        print("UNCLASSIFIED", f, loc, r, msg[:200]); bad += 1; v = "?"
    body.append(f"{f}\t{loc}\t{r}\t{v}")
for f, n in missed:
    full = next((x for x in os.listdir(d) if x.startswith("blind" + f if not f.startswith("blind") else f) and not x.endswith(".md")), f)
    body.append(f"{full}\t-\t-\tmissed {n}")
open(exp, "w").write(hdr + "\n".join(body) + "\n")
found = len({(f, v) for f, _, _, v in [b.split("\t") for b in body] if v.startswith("mistake ")})
fa = sum(1 for b in body if b.endswith("\tfalse"))
print(f"{len(rows)} findings; mistakes found {found}, missed {len(missed)}, false {fa}, unclassified {bad}")
