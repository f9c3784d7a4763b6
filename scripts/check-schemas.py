#!/usr/bin/env python3
"""Checks that independent validators agree with the committed schemas.

Every XML file under the accept folders must be accepted, and every XML file in
fixtures/invalid/schema/ refused, by both xmllint (libxml2) and Python's xmlschema; every
JSON file likewise by jsonschema's Draft 2020-12 validator with its format checker. Prints a
line per disagreement and a final "N passed, N failed" line; exits 1 on any failure (also
when a validator is missing), 0 otherwise.

Usage: python3 scripts/check-schemas.py [ACCEPT_FOLDER ...]   (default: fixtures/dk fixtures/valid)
"""
import json
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
XSD = os.path.join(ROOT, "schemas", "submission-1.0.xsd")
JSON_SCHEMA = os.path.join(ROOT, "schemas", "submission-1.0.schema.json")
REJECT_FOLDER = os.path.join(ROOT, "fixtures", "invalid", "schema")
DEFAULT_ACCEPT = ["fixtures/dk", "fixtures/valid"]


def files_under(folder, extension):
    found = []
    for directory, _, names in os.walk(folder):
        found += [os.path.join(directory, n) for n in names if n.endswith(extension)]
    return sorted(found)


def load_validators():
    try:
        import jsonschema
        import xmlschema
    except ImportError as error:
        sys.exit(f"check-schemas: a Python validator is missing ({error.name}); install jsonschema and xmlschema")
    if shutil.which("xmllint") is None:
        sys.exit("check-schemas: xmllint is missing (libxml2-utils)")
    xsd = xmlschema.XMLSchema10(XSD)
    with open(JSON_SCHEMA, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)

    def xmllint_accepts(path):
        run = subprocess.run(["xmllint", "--noout", "--nonet", "--schema", XSD, path], capture_output=True, text=True)
        return run.returncode == 0

    def xmlschema_accepts(path):
        try:
            return xsd.is_valid(path)
        except xmlschema.XMLResourceError:  # not well-formed: refused
            return False

    def jsonschema_accepts(path):
        try:
            with open(path, encoding="utf-8") as f:
                document = json.load(f)
        except (ValueError, UnicodeDecodeError):  # not well-formed: refused
            return False
        return validator.is_valid(document)

    return {".xml": [("xmllint", xmllint_accepts), ("xmlschema", xmlschema_accepts)],
            ".json": [("jsonschema", jsonschema_accepts)]}


def main(argv):
    validators = load_validators()
    accept_folders = argv or DEFAULT_ACCEPT
    cases = []  # (path, expected acceptance)
    for folder in accept_folders:
        absolute = os.path.join(ROOT, folder)
        if not os.path.isdir(absolute):
            print(f"warning: {folder} does not exist; its documents are not checked")
            continue
        cases += [(p, True) for ext in validators for p in files_under(absolute, ext)]
    if not os.path.isdir(REJECT_FOLDER):
        print(f"warning: {os.path.relpath(REJECT_FOLDER, ROOT)} does not exist; no negative fixtures are checked")
    else:
        cases += [(p, False) for ext in validators for p in files_under(REJECT_FOLDER, ext)]

    passed = failed = 0
    for path, expected in cases:
        for name, accepts in validators[os.path.splitext(path)[1]]:
            if accepts(path) == expected:
                passed += 1
            else:
                failed += 1
                verdict = "refuses" if expected else "accepts"
                print(f"FAIL {name} {verdict} {os.path.relpath(path, ROOT)}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not cases else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
