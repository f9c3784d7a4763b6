#!/usr/bin/env python3
"""Builds a benchmark corpus from fixtures/dk: N submissions, every file with distinct content.

Each copy k of a fixture becomes a later version of the same submitter (version = round + 1,
submissionId suffixed with the copy number), so the corpus is valid as a set and no two files
are byte-identical (no caching by hash can help either side). Deterministic.

usage: make-corpus.py SOURCE_DIR OUT_DIR COUNT [xml|json|both]
"""
import os
import re
import sys


def main() -> int:
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    source, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    kind = sys.argv[4] if len(sys.argv) > 4 else "xml"
    suffixes = {"xml": (".xml",), "json": (".json",), "both": (".xml", ".json")}[kind]
    names = sorted(n for n in os.listdir(source) if n.endswith(suffixes))
    if not names:
        print(f"no {kind} files in {source}", file=sys.stderr)
        return 1
    texts = {n: open(os.path.join(source, n), encoding="utf-8").read() for n in names}
    os.makedirs(out, exist_ok=True)
    width = len(str(count))
    for k in range(count):
        name = names[k % len(names)]
        round_ = k // len(names) + 1
        text = texts[name]
        if name.endswith(".xml"):
            text = re.sub(r"<version>\d+</version>", f"<version>{round_}</version>", text, count=1)
            text = re.sub(r"<submissionId>([^<]*)</submissionId>", rf"<submissionId>\1-b{k}</submissionId>", text, count=1)
        else:
            text = re.sub(r'"version": \d+', f'"version": {round_}', text, count=1)
            text = re.sub(r'"submissionId": "([^"]*)"', rf'"submissionId": "\1-b{k}"', text, count=1)
        stem, ext = os.path.splitext(name)
        sub = os.path.join(out, f"{k // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"{str(k).zfill(width)}-{stem}{ext}"), "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
