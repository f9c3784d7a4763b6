#!/usr/bin/env python3
"""Builds a benchmark corpus from fixtures/dk: N submissions, every file with distinct content.

Each copy k of a fixture becomes a later version of the same submitter (version = round + 1,
submissionId suffixed with the copy number), so the corpus is valid as a set and no two files
are byte-identical (no caching by hash can help either side). Deterministic.

With --reference OUT.json, the copies of municipal fixtures after the first round become
submissions of synthetic municipalities instead (code 20000000 + k, the fixture's name with
" S<k>", the fixture's region and population), and OUT.json is the shipped reference data plus
those municipalities: `ndc compile --reference OUT.json` then aggregates every file's own
submitter instead of only picking versions. Regional fixtures stay versions of the 5 regions.

usage: make-corpus.py SOURCE_DIR OUT_DIR COUNT [xml|json|both] [--reference OUT.json]
"""
import json
import os
import re
import sys

SHIPPED_REFERENCE = os.path.join(os.path.dirname(__file__), "../../Sources/NDCFormats/Resources/reference.json")
FIRST_SYNTHETIC_CODE = 20_000_000


def rewrite_submitter(text, xml, old_code, new_code, old_name, new_name):
    """The submitter's code and name, and the code prefix of the submissionId."""
    if xml:
        text = text.replace(f"<code>{old_code}</code>\n    <name>", f"<code>{new_code}</code>\n    <name>", 1)
        text = re.sub(r"(<submitter>.*?<name>)([^<]*)(</name>)", lambda m: m[1] + m[2].replace(old_name, new_name) + m[3],
                      text, count=1, flags=re.S)
        return text.replace(f"<submissionId>{old_code}-", f"<submissionId>{new_code}-", 1)
    text = text.replace(f'"code": "{old_code}",\n    "name": ', f'"code": "{new_code}",\n    "name": ', 1)
    text = re.sub(r'("submitter": \{.*?"name": ")([^"]*)(")', lambda m: m[1] + m[2].replace(old_name, new_name) + m[3],
                  text, count=1, flags=re.S)
    return text.replace(f'"submissionId": "{old_code}-', f'"submissionId": "{new_code}-', 1)


def submitter_of(text, xml):
    if xml:
        m = re.search(r"<submitter>\s*<level>([^<]*)</level>\s*<code>([^<]*)</code>", text)
    else:
        m = re.search(r'"submitter": \{\s*"level": "([^"]*)",\s*"code": "([^"]*)"', text)
    return m[1], m[2]


def main() -> int:
    args = sys.argv[1:]
    reference_out = None
    if "--reference" in args:
        i = args.index("--reference")
        reference_out = args[i + 1]
        del args[i:i + 2]
    if len(args) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    source, out, count = args[0], args[1], int(args[2])
    kind = args[3] if len(args) > 3 else "xml"
    suffixes = {"xml": (".xml",), "json": (".json",), "both": (".xml", ".json")}[kind]
    names = sorted(n for n in os.listdir(source) if n.endswith(suffixes))
    if not names:
        print(f"no {kind} files in {source}", file=sys.stderr)
        return 1
    texts = {n: open(os.path.join(source, n), encoding="utf-8").read() for n in names}
    reference = json.load(open(SHIPPED_REFERENCE, encoding="utf-8")) if reference_out else None
    if reference:
        municipalities = {m["code"]: m for m in reference["municipalities"]["rows"]}
        memberships = {}
        for row in reference["memberships"]["rows"]:
            memberships.setdefault(row["municipality"], []).append(row)
    os.makedirs(out, exist_ok=True)
    width = len(str(count))
    for k in range(count):
        name = names[k % len(names)]
        round_ = k // len(names) + 1
        text = texts[name]
        xml = name.endswith(".xml")
        if xml:
            text = re.sub(r"<version>\d+</version>", f"<version>{round_}</version>", text, count=1)
            text = re.sub(r"<submissionId>([^<]*)</submissionId>", rf"<submissionId>\1-b{k}</submissionId>", text, count=1)
        else:
            text = re.sub(r'"version": \d+', f'"version": {round_}', text, count=1)
            text = re.sub(r'"submissionId": "([^"]*)"', rf'"submissionId": "\1-b{k}"', text, count=1)
        if reference and round_ > 1:
            level, code = submitter_of(text, xml)
            if level == "municipality" and code in municipalities:
                original = municipalities[code]
                new_code = str(FIRST_SYNTHETIC_CODE + k)
                new_name = f"{original['name']} S{k}"
                text = rewrite_submitter(text, xml, code, new_code, original["name"], new_name)
                reference["municipalities"]["rows"].append(
                    dict(original, code=new_code, name=new_name, nameASCII=f"{original['nameASCII']} S{k}",
                         nameEnglish=f"{original['nameEnglish']} S{k}"))
                for row in memberships.get(code, []):
                    reference["memberships"]["rows"].append(dict(row, municipality=new_code))
        stem, ext = os.path.splitext(name)
        sub = os.path.join(out, f"{k // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"{str(k).zfill(width)}-{stem}{ext}"), "w", encoding="utf-8") as f:
            f.write(text)
    if reference:
        with open(reference_out, "w", encoding="utf-8") as f:
            json.dump(reference, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
