#!/usr/bin/env python3
"""Print, per report of a blind set, the truth's mistakes and crossfoot's findings (warning+),
for classification. Usage: review.py testdata/blindN"""
import sys, os, re, subprocess, glob
d = sys.argv[1]
files = sorted(glob.glob(os.path.join(d, "*.txt")) + glob.glob(os.path.join(d, "*.docx")))
files = [f for f in files if not f.endswith(".truth.md")]
for f in files:
    base = os.path.basename(f)
    stem = os.path.splitext(f)[0]
    print("=" * 20, base)
    t = open(stem + ".truth.md").read() if os.path.exists(stem + ".truth.md") else ""
    for m in re.split(r"\n(?=#+ ?M\d)", t)[1:]:
        lines = m.split("\n")
        keep = [lines[0]] + [l for l in lines[1:] if re.search(r"类型|位置|正确值|Correct|Type|Location", l)]
        print("   " + " | ".join(x.strip("- ").strip() for x in keep)[:300])
    out = subprocess.run([os.environ.get("CF", "/tmp/cf"), "audit", "--format", "line", f], capture_output=True, text=True).stdout
    for line in out.splitlines():
        line = line.replace(f + ":", "")
        print("  F " + line[:330])
