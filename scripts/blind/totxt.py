#!/usr/bin/env python3
"""docx -> TAB-cell text export, via `crossfoot extract --format json` (for bisecting a finding)."""
import json, os, subprocess, sys
d = json.loads(subprocess.check_output([os.environ.get("CF", "/tmp/cf"), "extract", "--format", "json", sys.argv[1]]))
tabs = {t["index"]: t for t in d["tables"]}
ti = 0
out = []
for b in d["blocks"]:
    if b["type"] == "table":
        ti += 1
        t = tabs.get(b.get("index", ti), tabs.get(ti))
        grid = {}
        for c in t["cells"]:
            for dr in range(c.get("rowSpan", 1)):
                for dc in range(c.get("colSpan", 1)):
                    grid[(c["row"] + dr, c["col"] + dc)] = c["text"].replace("\n", " ") if dr == 0 and dc == 0 else ""
        out.append("")
        for r in range(1, t["rows"] + 1):
            for col in range(1, t["cols"] + 1):
                out.append("\t" + grid.get((r, col), ""))
            out.append("")
    else:
        out.append(b["text"])
print("\n".join(out))
