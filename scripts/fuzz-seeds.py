#!/usr/bin/env python3
"""Builds the fuzz targets' seed corpora from fixtures/ (valid, invalid, hostile) into OUT/TARGET/.

Usage: scripts/fuzz-seeds.py OUT [NDC [NDC_DEV]]
  NDC: an ndc binary, to compile contribution seeds; NDC_DEV: an ndc-dev binary, to write the
  binary form of the fixtures' models (the seeds of fuzz-model-binary, which only the field
  lists in Swift can make).

Nothing here is committed: the corpora are made again on each run (docs/fuzzing.md).
"""
import hashlib, os, pathlib, subprocess, sys, tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = pathlib.Path(sys.argv[1])
NDC = sys.argv[2] if len(sys.argv) > 2 else None
NDC_DEV = sys.argv[3] if len(sys.argv) > 3 else None


def put(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)


def files(*globs):
    for g in globs:
        yield from sorted(ROOT.glob(g))


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
for text in HOSTILE_XML:
    for target in ("fuzz-xml-prescan", "fuzz-xml-reader", "fuzz-submission"):
        put(target, text)
for text in HOSTILE_JSON:
    for target in ("fuzz-json-parser", "fuzz-submission", "fuzz-reference"):
        put(target, text)
for path in files("fixtures/fuzz-regressions/*/*"):
    put(path.parent.name, path.read_bytes())

put("fuzz-reference", (ROOT / "Sources/NDCFormats/Resources/reference.json").read_bytes())

# fuzz-service-forms: the Content-Type, a newline, the body — the web pages' forms as a browser
# sends them (sign-in, sign-out and compile URL-encoded; the upload multipart), and corners.
FORM_TYPE = "application/x-www-form-urlencoded\n"
for body in ("csrf=0a1b2c&token=" + "f" * 64, "csrf=%41%42+c&x=&y", "a=%C3%A6%C3%B8&a=2&=&&", "%zz=%4"):
    put("fuzz-service-forms", FORM_TYPE + body)
for boundary, quoted in (("----WebKitFormBoundary7MA4YWxkTrZu0gW", False), ("a b", True), ("x", False)):
    kind = f'multipart/form-data; boundary={chr(34) + boundary + chr(34) if quoted else boundary}\n'
    for path in files("fixtures/dk/101.json", "fixtures/dk/147.xml", "fixtures/valid/base.xml"):
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n0a1b2c\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{path.name}\"\r\n"
                f"Content-Type: application/octet-stream\r\n\r\n").encode() + path.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
        put("fuzz-service-forms", kind.encode() + body)
        put("fuzz-service-forms", kind.encode() + body[: len(body) // 2])
put("fuzz-service-forms", "multipart/form-data; boundary=b\n--b--\r\n")
put("fuzz-service-forms", "multipart/form-data; boundary=b\n--b\r\nX: 1\r\n\r\n\r\n--b\r\n\r\n\r\n--b--")
if NDC:
    with tempfile.TemporaryDirectory() as tmp:
        for name, inputs in (("base", ["fixtures/valid/base.json"]), ("dk", ["fixtures/dk"])):
            for ext in ("json", "xml"):
                out = pathlib.Path(tmp) / f"{name}.{ext}"
                subprocess.run([NDC, "compile", "--compiled-at", "2026-01-01T00:00:00Z", "-o", str(out), *inputs],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                if out.exists():
                    put("fuzz-contribution", out.read_bytes())
if NDC_DEV:
    models = [str(p) for p in files("fixtures/valid/*", "fixtures/dk/1*.*", "fixtures/dk/2*.*") if p.is_file()]
    subprocess.run([NDC_DEV, "model-binary-seeds", str(OUT / "fuzz-model-binary"), *models], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
