#!/usr/bin/env python3
"""Derives the negative schema fixtures and their catalogue from the base documents.

Walks the committed JSON Schema (schemas/submission-1.0.schema.json) over the base document
(fixtures/valid/base.json), finds the first place every definition and list is used, and
lists one constraint per schema keyword: each required member, each "no other members",
each type, code list, pattern, minimum length, bound, calendar format and minimum item
count. For each constraint it writes one fixture per format that breaks exactly that
constraint at that place (fixtures/invalid/schema/SC-NNN-name.xml / .json), and the
catalogue docs/schema-constraints.md. Some constraints exist in one format only (a JSON
type has no XML counterpart for strings; the lexical patterns of numbers and booleans are
XML Schema patterns, checked for JSON numbers by the reader as NDC-SCH-007); the catalogue
says which. BLOCKER cases (root, namespace, schemaVersion) are not schema constraints and are
left out. Deterministic: the same inputs give the same files.

Usage: python3 scripts/make-schema-fixtures.py  (from the package root)
"""
import json
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = os.path.join(ROOT, "schemas", "submission-1.0.schema.json")
BASE_JSON = os.path.join(ROOT, "fixtures", "valid", "base.json")
BASE_XML = os.path.join(ROOT, "fixtures", "valid", "base.xml")
OUT = os.path.join(ROOT, "fixtures", "invalid", "schema")
DOC = os.path.join(ROOT, "docs", "schema-constraints.md")
NS = "urn:x-ndc:submission:1.0"
# A carriage return cannot survive XML parsing as a raw character; it is written as a reference.
CR_MARK = "\ue000CR\ue000"

# Values that break a string pattern while keeping the type (same value in both formats).
PATTERN_BREAKS = {
    "Text": ("carriage-return", "Klimaplan\r2035"),
    "Identifier": ("slash", "KK/NDC2025/v1"),
    "Code": ("zero-padded", "0101"),
    "GPCCode": ("unknown-sector", "VII"),
    "Email": ("no-at-sign", "klima(at)kk.dk"),
    "Date": ("with-time-zone", "2024-06-14Z"),
    "DateTime": ("without-offset", "2026-03-31T14:30:00"),
}
# Values not of the XML Schema base type (XML) ...
XML_TYPE_BREAKS = {
    "xs:decimal": "1,5",
    "xs:integer": "twenty",
    "xs:boolean": "yes",
    "xs:date": "14-06-2024",
    "xs:dateTime": "2026-03-31 14:30:00+02:00",
}
# ... and that exist nowhere in the calendar (both formats).
CALENDAR_BREAKS = {"date": "2025-02-30", "date-time": "2026-02-30T14:30:00+02:00"}


class Constraint:
    def __init__(self, name, what, where, json_fix=None, xml_fix=None):
        self.name, self.what, self.where = name, what, where
        self.json_fix, self.xml_fix = json_fix, xml_fix  # (pointer tokens, operation, value)


def pointer_text(tokens):
    return "/" + "/".join(str(t) for t in tokens) if tokens else "(root)"


def shape_path(tokens):
    """The path with list indices as `[]`: the place in the shape, not in the document."""
    return "/" + "/".join("[]" if isinstance(t, int) else t for t in tokens) if tokens else "(root)"


# MARK: - Finding the first use of every definition and list

def first_uses(schema, document):
    defs = schema["$defs"]
    uses = {}   # definition name -> (tokens, value)
    lists = []  # (parent definition, member, tokens, value, list schema)

    def walk(value, fragment, tokens, parent=None, member=None):
        if "$ref" in fragment:
            name = fragment["$ref"].split("/")[-1]
            uses.setdefault(name, (tokens, value))
            walk(value, defs[name], tokens)
        elif fragment.get("type") == "object":
            for prop, sub in fragment["properties"].items():
                if prop in value:
                    owner = next(n for n, d in defs.items() if d is fragment)
                    walk(value[prop], sub, tokens + [prop], owner, prop)
        elif fragment.get("type") == "array":
            if not any(l[0] == parent and l[1] == member for l in lists):
                lists.append((parent, member, tokens, value, fragment))
            for i, item in enumerate(value):
                walk(item, fragment["items"], tokens + [i])

    walk(document, schema, [])
    return uses, lists


def check_every_field_used(schema, uses):
    missing = [name for name in schema["$defs"] if name not in uses]
    if missing:
        sys.exit("base.json does not use the definitions: " + ", ".join(missing))


def check_every_member_used(schema, document):
    seen = {}
    defs = schema["$defs"]

    def walk(value, fragment):
        if "$ref" in fragment:
            name = fragment["$ref"].split("/")[-1]
            if defs[name].get("type") == "object":
                seen.setdefault(name, set()).update(value.keys())
            walk(value, defs[name])
        elif fragment.get("type") == "object":
            for prop, sub in fragment["properties"].items():
                if prop in value:
                    walk(value[prop], sub)
        elif fragment.get("type") == "array":
            for item in value:
                walk(item, fragment["items"])

    walk(document, schema)
    unused = [f"{n}.{p}" for n, d in defs.items() if d.get("type") == "object"
              for p in d["properties"] if p not in seen.get(n, set())]
    if unused:
        sys.exit("base.json does not use the members: " + ", ".join(unused))


# MARK: - The constraints

def xml_lexical(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def plus_one_fraction_digit(text):
    """The same number with seven fraction digits (in bounds, but not the accepted form)."""
    whole, _, fraction = text.partition(".")
    return whole + "." + fraction.ljust(7, "0")


def constraints_of(schema, uses, lists):
    defs = schema["$defs"]
    root_name = schema["$ref"].split("/")[-1]
    found = []

    def both(name, what, where, tokens, op, json_value=None, xml_value=None):
        found.append(Constraint(name, what, where, (tokens, op, json_value), (tokens, op, xml_value)))

    for name, d in defs.items():
        tokens, value = uses[name]
        where = f"{name} ({shape_path(tokens)})"
        if d.get("type") == "object":
            if name != root_name:
                found.append(Constraint(
                    f"{name}-not-object", f"{name} is an object (XML: an element with child elements, no text)",
                    where, (tokens, "set", "x"), (tokens, "set-text", "x")))
            for member in d.get("required", []):
                if name == root_name and member == "schemaVersion":
                    continue  # a missing schemaVersion is a BLOCKER, not a schema error
                both(f"{name}-{member}-missing", f"{name}.{member} is required",
                     f"{name}.{member} ({shape_path(tokens + [member])})", tokens + [member], "delete")
            both(f"{name}-unexpected-member", f"{name} has no members but its own (additionalProperties false / the sequence)",
                 where, tokens, "add-member", "x", "x")
            continue
        t = d.get("type")
        if t in ("number", "integer", "boolean") or (t == "string" and "enum" not in d):
            xml_base = {"number": "xs:decimal", "integer": "xs:integer", "boolean": "xs:boolean"}.get(t)
            if d.get("format") == "date":
                xml_base = "xs:date"
            elif d.get("format") == "date-time":
                xml_base = "xs:dateTime"
            wrong_json = str(value) if t != "string" else (int(value) if str(value).isdigit() else 1)
            if t == "boolean":
                wrong_json = xml_lexical(value)
            xml_fix = (tokens, "set", XML_TYPE_BREAKS[xml_base]) if xml_base else None
            found.append(Constraint(
                f"{name}-wrong-type", f"{name} is a JSON {t}" + (f" (XML: {xml_base})" if xml_base else " (JSON only)"),
                where, (tokens, "set", wrong_json), xml_fix))
        if t == "string" and "enum" in d:
            found.append(Constraint(
                f"{name}-wrong-type", f"{name} is a JSON string (JSON only)", where, (tokens, "set", 1), None))
            broken = value.lower() if value.lower() != value else value.upper()
            both(f"{name}-not-in-code-list", f"{name} is one of: " + ", ".join(d["enum"]), where, tokens, "set", broken, broken)
        if "const" in d:
            sys.exit(f"a constant outside the root's schemaVersion is not handled: {name}")
        if "format" in d:
            bad = CALENDAR_BREAKS[d["format"]]
            both(f"{name}-not-in-calendar", f"{name} names a day that exists (format {d['format']}; XML: {xml_base})",
                 where, tokens, "set", bad, bad)
        if "pattern" in d:
            short, bad = PATTERN_BREAKS[name]
            both(f"{name}-pattern-{short}", f"{name} matches `{d['pattern']}`", where, tokens, "set", bad, bad)
        if d.get("minLength"):
            both(f"{name}-empty", f"{name} is at least {d['minLength']} character long", where, tokens, "set", "", "")
        if t in ("number", "integer"):
            pattern_bad = plus_one_fraction_digit(str(value)) if t == "number" else "0" + str(value)
            kind = "seven-fraction-digits" if t == "number" else "leading-zero"
            found.append(Constraint(
                f"{name}-pattern-{kind}", f"{name} is written in the accepted lexical form (XML only; JSON: reader, NDC-SCH-007)",
                where, None, (tokens, "set", pattern_bad)))
        if t == "boolean":
            bad = "1" if value else "0"
            found.append(Constraint(
                f"{name}-pattern-digit", f"{name} is written `true` or `false` (XML only)", where, None, (tokens, "set", bad)))
        if "minimum" in d:
            bad = number(d["minimum"] - 1)
            both(f"{name}-below-minimum", f"{name} ≥ {d['minimum']}", where, tokens, "set", bad, str(bad))
        if "exclusiveMinimum" in d:
            bad = number(d["exclusiveMinimum"])
            both(f"{name}-not-above-minimum", f"{name} > {d['exclusiveMinimum']}", where, tokens, "set", bad, str(bad))
        if "maximum" in d:
            bad = number(d["maximum"] + 1)
            both(f"{name}-above-maximum", f"{name} ≤ {d['maximum']}", where, tokens, "set", bad, str(bad))

    for parent, member, tokens, value, fragment in lists:
        label = f"{parent}.{member}"
        where = f"{label} ({shape_path(tokens)})"
        first = value[0]
        found.append(Constraint(
            f"{parent}-{member}-not-list", f"{label} is a list (JSON array; XML: a wrapper of item elements, no text)",
            where, (tokens, "set", first), (tokens, "set-text", xml_lexical(first) if not isinstance(first, dict) else "x")))
        if fragment.get("minItems"):
            both(f"{parent}-{member}-empty", f"{label} has at least {fragment['minItems']} item", where, tokens, "set-empty")
    return found


def number(x):
    return int(x) if float(x).is_integer() else x


# MARK: - Applying a fixture

def apply_json(document, fix):
    tokens, op, value = fix
    doc = json.loads(json.dumps(document))
    parent = doc
    for t in tokens[:-1]:
        parent = parent[t]
    if op == "add-member":
        target = parent[tokens[-1]] if tokens else doc
        target["unexpected"] = value
    elif op == "delete":
        del parent[tokens[-1]]
    elif op == "set-empty":
        parent[tokens[-1]] = []
    else:  # set, set-text
        parent[tokens[-1]] = value
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def xml_node(root, tokens):
    """The element a pointer designates: names step to a child element, indices to the i-th."""
    node, parent = root, None
    for t in tokens:
        parent = node
        node = list(node)[t] if isinstance(t, int) else node.find(f"{{{NS}}}{t}")
    return node, parent


def apply_xml(tree_root, fix):
    root = ET.fromstring(ET.tostring(tree_root))
    tokens, op, value = fix
    node, parent = xml_node(root, tokens)
    if op == "add-member":
        extra = ET.SubElement(node, f"{{{NS}}}unexpected")
        extra.text = value
    elif op == "delete":
        parent.remove(node)
    elif op == "set-empty":
        for child in list(node):
            node.remove(child)
    elif op == "set-text":
        for child in list(node):
            node.remove(child)
        node.text = value
    else:
        node.text = value.replace("\r", CR_MARK)
    ET.indent(root, space="  ")
    text = ET.tostring(root, encoding="unicode").replace(CR_MARK, "&#13;")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n"


# MARK: - Writing

DOC_HEAD = """# Schema constraints

Every constraint the two schemas in `schemas/` enforce, with the negative fixtures that break
it. Generated with the fixtures by `python3 scripts/make-schema-fixtures.py` from the JSON
Schema and `fixtures/valid/base.json` / `base.xml` (one fixture per constraint and format, at
the first place the base document uses the definition); `scripts/check-schemas.py` checks
that xmllint, Python's `xmlschema` and `jsonschema` accept the valid documents and refuse
every fixture. Each fixture reads in `ndc` as an `NDC-SCH-*` ERROR.

Both schemas enforce the same subset (SUBMISSION.md, "What the schemas enforce"). Where a
constraint exists in one format only, the other column says why:
- *string types in JSON*: XML text has no type other than string, so "is a JSON string" has
  no XML counterpart;
- *lexical forms of numbers and booleans*: XML Schema patterns see them; JSON Schema cannot
  see how a JSON number was written, so `ndc`'s JSON reader checks them (NDC-SCH-007), and no
  JSON Schema fixture exists for them.

Not here: BLOCKERs (wrong root, namespace, `schemaVersion`, limits), and everything that
depends on another value (rules).

| id | constraint | where (definition and shape path) | XML fixture | JSON fixture |
|---|---|---|---|---|
"""


def main():
    schema = json.load(open(SCHEMA, encoding="utf-8"))
    document = json.load(open(BASE_JSON, encoding="utf-8"))
    ET.register_namespace("", NS)
    xml_root = ET.parse(BASE_XML).getroot()
    uses, lists = first_uses(schema, document)
    check_every_field_used(schema, uses)
    check_every_member_used(schema, document)
    constraints = constraints_of(schema, uses, lists)

    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.startswith("SC-"):
            os.remove(os.path.join(OUT, old))
    rows = []
    for number_, c in enumerate(constraints, start=1):
        ident = f"SC-{number_:03d}"
        base = f"{ident}-{c.name}"
        cells = []
        for ext, fix, apply, source in (("xml", c.xml_fix, apply_xml, xml_root), ("json", c.json_fix, apply_json, document)):
            if fix is None:
                cells.append("—")
                continue
            with open(os.path.join(OUT, f"{base}.{ext}"), "w", encoding="utf-8", newline="\n") as f:
                f.write(apply(source, fix))
            cells.append(f"`{base}.{ext}`")
        what = c.what.replace("|", "\\|")
        rows.append(f"| {ident} | {what} | {c.where} | {cells[0]} | {cells[1]} |")
    with open(DOC, "w", encoding="utf-8", newline="\n") as f:
        f.write(DOC_HEAD + "\n".join(rows) + "\n")
    print(f"{len(constraints)} constraints, fixtures in {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
