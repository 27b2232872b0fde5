"""Read every table cell (nested tables included) of each .docx with
python-docx, the baseline crossfoot is compared with. Prints one line like
the floor program. Run with /usr/bin/python3 (Debian python3-docx)."""
import os
import sys
import time

import docx


def cells(tables):
    n = 0
    for t in tables:
        for row in t.rows:
            for c in row.cells:
                _ = c.text
                n += 1
                n += cells(c.tables)
    return n


def main(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                files += [os.path.join(root, n) for n in names if n.lower().endswith(".docx")]
        else:
            files.append(p)
    files.sort()
    start = time.perf_counter()
    size = ncells = errors = 0
    for f in files:
        size += os.path.getsize(f)
        try:
            d = docx.Document(f)
            ncells += cells(d.tables)
            for p in d.paragraphs:
                _ = p.text
        except Exception:  # broken files count, like crossfoot's input errors
            errors += 1
    sec = time.perf_counter() - start
    print("files=%d bytes=%d cells=%d errors=%d seconds=%.3f files_per_s=%.1f mb_per_s=%.2f"
          % (len(files), size, ncells, errors, sec, len(files) / sec, size / 1e6 / sec))


if __name__ == "__main__":
    main(sys.argv[1:])
