#!/usr/bin/env python3
"""Builds the fuzz targets' seed corpora from fixtures/ (valid, invalid, hostile) into OUT/TARGET/.

Usage: scripts/fuzz-seeds.py OUT [NDC]   (NDC: an ndc binary, to compile contribution seeds)

Nothing here is committed: the corpora are made again on each run (docs/fuzzing.md).
"""
import hashlib, json, os, pathlib, subprocess, sys, tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = pathlib.Path(sys.argv[1])
NDC = sys.argv[2] if len(sys.argv) > 2 else None


def put(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)


def files(*globs):
    for g in globs:
        yield from sorted(ROOT.glob(g))


class Number(str):
    """A JSON number kept as its text."""


def varint(n):
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def text(s):
    b = s.encode("utf-8")
    return varint(len(b)) + b


def docbinary(v):
    """DocBinary's form (Sources/NDCDocument/DocBinary.swift): tags object 0, array 1, string 2,
    number 3, true 4, false 5, null 6; every member name in full (id 0, then its text)."""
    if isinstance(v, dict):
        return bytes([0]) + varint(len(v)) + b"".join(b"\0" + text(k) + docbinary(x) for k, x in v.items())
    if isinstance(v, list):
        return bytes([1]) + varint(len(v)) + b"".join(docbinary(x) for x in v)
    if v is True:
        return bytes([4])
    if v is False:
        return bytes([5])
    if v is None:
        return bytes([6])
    if isinstance(v, Number):
        return bytes([3]) + text(v)
    return bytes([2]) + text(v)


# Hand-written hostile and corner inputs, from the grammars (RFC 8259, XML 1.0 5th ed.).
HOSTILE_XML = [
    '<?xml version="1.0"?>',
    '<submission xmlns="urn:x-ndc:submission:1.0" schemaVersion="1.0"><submissionId>x</submissionId>',
    '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
    '<a><![CDATA[ ]]> ]]></a>', '<a><!-- -- --></a>', '<?pi x?><a/>', '<a b=">" c="<"/>',
    '<a>&#x0;</a>', '<a>&#1114111;</a>', '\ufeff<?xml version="1.0" encoding="UTF-8"?><a/>',
    '<?xml version="1.0" encoding="ISO-8859-1"?><a/>', '<x:a xmlns:x="urn:x"/>', '<æøå/>',
    '<a xi:include="" xmlns:xi="http://www.w3.org/2001/XInclude"/>', '<a>' * 40 + '</a>' * 40,
]
HOSTILE_JSON = [
    '{"a":1,"a":2}', '{"a":1e5}', '{"a":NaN}', '{"a":"\\ud800"}', '[' * 40 + ']' * 40, '{"a":"\x00"}',
    '{"a":-0}', '{"a":01}', '\ufeff{}', '{"a":"\\u00e6"}', '{"a":1.}', '{"a":.5}', '{"a":true,}', '"x"', '',
]

for path in files("fixtures/valid/*", "fixtures/invalid/**/*.xml", "fixtures/invalid/**/*.json", "fixtures/dk/1*.*",
                  "fixtures/dk/2*.*"):
    if not path.is_file():
        continue
    data = path.read_bytes()
    put("fuzz-submission", data)
    put("fuzz-json-parser" if path.suffix == ".json" else "fuzz-xml-reader", data)
    if path.suffix == ".xml":
        put("fuzz-xml-prescan", data)
    if path.suffix == ".json":
        # The binary form of the same document, every member name written in full (id 0).
        try:
            put("fuzz-docbinary", docbinary(json.loads(data, parse_float=Number, parse_int=Number)))
        except ValueError:
            pass
for text in HOSTILE_XML:
    for target in ("fuzz-xml-prescan", "fuzz-xml-reader", "fuzz-submission"):
        put(target, text)
for text in HOSTILE_JSON:
    for target in ("fuzz-json-parser", "fuzz-submission", "fuzz-reference"):
        put(target, text)
for path in files("fixtures/fuzz-regressions/*/*"):
    put(path.parent.name, path.read_bytes())

put("fuzz-reference", (ROOT / "Sources/NDCFormats/Resources/reference.json").read_bytes())
if NDC:
    with tempfile.TemporaryDirectory() as tmp:
        for name, inputs in (("base", ["fixtures/valid/base.json"]), ("dk", ["fixtures/dk"])):
            for ext in ("json", "xml"):
                out = pathlib.Path(tmp) / f"{name}.{ext}"
                subprocess.run([NDC, "compile", "--compiled-at", "2026-01-01T00:00:00Z", "-o", str(out), *inputs],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                if out.exists():
                    put("fuzz-contribution", out.read_bytes())
