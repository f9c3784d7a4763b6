#!/usr/bin/env python3
"""Print the JSON Schema verdict of every *.json file in a folder.

Usage: json-verdicts.py SCHEMA DIR
Output: one JSON object {"file name": "valid" | "invalid", ...} on stdout, using
jsonschema's Draft 2020-12 validator with its format checker (the reference verdict the
JSON reader of ndc must agree with).
"""
import json
import os
import sys

from jsonschema import Draft202012Validator


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    schema_path, folder = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    verdicts = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8-sig") as f:
            instance = json.load(f)
        verdicts[name] = "valid" if validator.is_valid(instance) else "invalid"
    json.dump(verdicts, sys.stdout, indent=0, sort_keys=True)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
