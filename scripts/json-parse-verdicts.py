#!/usr/bin/env python3
"""Python's `json` verdict on every *.json file in a folder (the differential check of ndc's
JSON parser, Tests/NDCFormatsTests/JSONParserDifferentialTests.swift).

Usage: json-parse-verdicts.py DIR
Output: one JSON object {"file name": {"ok": bool, "value": canonical text or null,
"deliberate": [reasons ndc refuses what Python accepts]}, ...}.

The bytes are decoded as strict UTF-8 first (ndc reads UTF-8 only; Python's json.loads would
otherwise guess UTF-16 or UTF-32), a leading BOM is dropped (RFC 8259 lets a parser ignore it;
ndc does), and NaN, Infinity and -Infinity are refused (they are not JSON). What Python accepts
and ndc refuses on purpose is named: "duplicate" (a member name twice in one object),
"depth" (nesting deeper than 32), "surrogate" (a lone surrogate escape), "string" (a string
longer than 64 KiB of UTF-8), "list" (a list longer than 100 000 items).
"""
import json
import os
import sys


class NotJSON(ValueError):
    pass


def constant(name):
    raise NotJSON(name)


def verdict(data):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return {"ok": False, "value": None, "deliberate": []}
    if text.startswith("\ufeff"):
        text = text[1:]
    reasons = set()

    def pairs(items):
        names = [k for k, _ in items]
        if len(set(names)) != len(names):
            reasons.add("duplicate")
        return dict(items)

    try:
        value = json.loads(text, object_pairs_hook=pairs, parse_constant=constant)
    except (ValueError, RecursionError):
        return {"ok": False, "value": None, "deliberate": []}

    def walk(v, depth):
        if isinstance(v, (dict, list)):
            if depth + 1 > 32:
                reasons.add("depth")
            if isinstance(v, list) and len(v) > 100000:
                reasons.add("list")
            for k, x in (v.items() if isinstance(v, dict) else enumerate(v)):
                if isinstance(k, str):
                    check_string(k)
                walk(x, depth + 1)
        elif isinstance(v, str):
            check_string(v)

    def check_string(s):
        if any(0xD800 <= ord(c) <= 0xDFFF for c in s):
            reasons.add("surrogate")
        elif len(s.encode("utf-8")) > 65536:
            reasons.add("string")

    walk(value, 0)
    canonical = None if reasons else json.dumps(value, ensure_ascii=False, sort_keys=True)
    return {"ok": True, "value": canonical, "deliberate": sorted(reasons)}


def main():
    folder = sys.argv[1]
    result = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith((".json", ".ndc")):
            with open(os.path.join(folder, name), "rb") as f:
                result[name] = verdict(f.read())
    json.dump(result, sys.stdout)


main()
