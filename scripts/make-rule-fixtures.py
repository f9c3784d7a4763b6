#!/usr/bin/env python3
"""Writes fixtures/invalid/rules/: one minimal failing submission per per-file rule, one
folder per set rule, and manifest.json declaring every finding expected on each.

Each per-file fixture is a baseline changed by a JSON Patch (RFC 6902), usually of one
operation; the manifest records the baseline ("from"), the patch ("change") and every
(code, pointer) expected, co-firing rules included. The baselines are
fixtures/valid/base.json with the one hazard its adaptation action names but its risk
assessment omits added (else every fixture would carry NDC-ADP-003), and
fixtures/dk/167.json (Hvidovre, consecutive inventory years, a net-zero target); both are
written as PASS-*.json with no expected finding. The expectations are written by hand here,
not taken from the tool: Tests/NDCCheckTests/RuleFixtureTests.swift compares the tool with them.

Usage: python3 scripts/make-rule-fixtures.py [--check]
  --check  exit 1 if a committed file differs from what the script would write.
"""
import copy
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "fixtures" / "invalid" / "rules"


def load(path):
    return json.loads((ROOT / path).read_text(encoding="utf-8"))


def tokens(pointer):
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def apply(document, patch):
    """A minimal RFC 6902 subset: add, replace, remove."""
    doc = copy.deepcopy(document)
    for op in patch:
        *parents, last = tokens(op["path"])
        node = doc
        for t in parents:
            node = node[int(t)] if isinstance(node, list) else node[t]
        if isinstance(node, list):
            if op["op"] == "add":
                node.insert(len(node) if last == "-" else int(last), copy.deepcopy(op["value"]))
            elif op["op"] == "replace":
                node[int(last)] = copy.deepcopy(op["value"])
            else:
                del node[int(last)]
        else:
            if op["op"] == "remove":
                del node[last]
            else:
                if op["op"] == "replace" and last not in node:
                    raise KeyError(op["path"])
                node[last] = copy.deepcopy(op["value"])
    return doc


def rep(path, value):
    return {"op": "replace", "path": path, "value": value}


def add(path, value):
    return {"op": "add", "path": path, "value": value}


def rem(path):
    return {"op": "remove", "path": path}


def f(code, pointer):
    return {"code": code, "pointer": pointer}


BASE_FIX = [add("/adaptation/riskAssessment/hazards/-", {"hazard": "sea-level-rise", "riskLevel": "high", "horizonYear": 2100})]
BASELINES = {
    "base.json": apply(load("fixtures/valid/base.json"), BASE_FIX),
    "167.json": load("fixtures/dk/167.json"),
}

# (file, baseline, patch, expected findings[, requested cycle])
CASES = [
    ("PASS-base.json", "base.json", [], []),
    ("PASS-167.json", "167.json", [], []),
    # identity
    ("NDC-IDN-001.json", "base.json", [rep("/submitter/code", "100")], [f("NDC-IDN-001", "/submitter/code")]),
    ("NDC-IDN-002.json", "base.json", [rep("/submitter/level", "region")], [f("NDC-IDN-002", "/submitter/level")]),
    ("NDC-IDN-003.json", "base.json", [rep("/submitter/name", "Aarhus Kommune")], [f("NDC-IDN-003", "/submitter/name")]),
    ("NDC-IDN-004.json", "base.json", [rep("/cycle", "NDC2024")], [f("NDC-IDN-004", "/cycle")]),
    ("NDC-IDN-005.json", "base.json", [], [f("NDC-IDN-005", "/cycle")], "NDC2030"),
    # plan
    ("NDC-PLN-001.json", "base.json", [rem("/plan/adoptedOn")], [f("NDC-PLN-001", "/plan")]),
    ("NDC-PLN-002.json", "base.json", [rep("/plan/adoptedOn", "2026-04-01")], [f("NDC-PLN-002", "/plan/adoptedOn")]),
    # inventory
    ("NDC-INV-001.json", "base.json", [rem("/inventory")], [f("NDC-INV-001", "")]),
    ("NDC-INV-002.json", "base.json", [rep("/inventory/years/0/baseYear", False)], [f("NDC-INV-002", "/inventory/years")]),
    ("NDC-INV-003.json", "base.json", [rep("/inventory/years/1/year", 2010)], [f("NDC-INV-003", "/inventory/years/1/year")]),
    ("NDC-INV-004.json", "base.json", [rep("/inventory/years/1/year", 2027)], [f("NDC-INV-004", "/inventory/years/1/year")]),
    ("NDC-INV-005.json", "base.json", [rep("/inventory/years/0/entries/3/gpc", "I.3")],
     [f("NDC-INV-005", "/inventory/years/0/entries/3/gpc")]),
    ("NDC-INV-006.json", "base.json", [rep("/inventory/years/1/entries/3/gpc", "I")],
     [f("NDC-INV-006", "/inventory/years/1/entries/3/gas")]),
    ("NDC-INV-007.json", "base.json", [rep("/inventory/years/0/entries/3/gpc", "III")],
     [f("NDC-INV-007", "/inventory/years/0/entries/3")]),
    ("NDC-INV-008.json", "base.json", [add("/inventory/years/0/entries/3/amount", 0)],
     [f("NDC-INV-008", "/inventory/years/0/entries/3/notationKey")]),
    ("NDC-INV-009.json", "base.json", [rem("/inventory/years/0/entries/3/explanation")],
     [f("NDC-INV-009", "/inventory/years/0/entries/3")]),
    ("NDC-INV-010.json", "base.json", [rep("/inventory/years/1/entries/1/sourceRef", "ENS-CO2-2023")],
     [f("NDC-INV-010", "/inventory/years/1/entries/1/sourceRef")]),
    ("NDC-INV-011.json", "base.json", [rep("/inventory/years/1/entries/3/gas", "CH4")],
     [f("NDC-INV-011", "/inventory/years/1/entries/3/amount")]),
    ("NDC-INV-012.json", "base.json", [rep("/inventory/gwp", "AR6")], [f("NDC-INV-012", "/inventory/gwp")]),
    # All entries per gas needs more than one change: AR6 declared, every CO2e figure given as CO2.
    ("NDC-INV-013.json", "base.json",
     [rep("/inventory/gwp", "AR6")]
     + [rep(f"/inventory/years/0/entries/{e}/gas", "CO2") for e in range(4)]
     + [rep(f"/inventory/years/1/entries/{e}/gas", "CO2") for e in range(3)],
     [f("NDC-INV-013", "/inventory/gwp")]),
    ("NDC-INV-014.json", "base.json", [rem("/inventory/years/1/entries/2")], [f("NDC-INV-014", "/inventory/years/1/entries")]),
    ("NDC-INV-015.json", "base.json", [rep("/inventory/years/1/entries/3/gpc", "V.9")],
     [f("NDC-INV-015", "/inventory/years/1/entries/3/gpc")]),
    # targets
    ("NDC-TGT-001.json", "base.json", [rep("/targets", [])], [f("NDC-TGT-001", "")]),
    ("NDC-TGT-002.json", "base.json", [rep("/targets/1/targetId", "T-2030")], [f("NDC-TGT-002", "/targets/1/targetId")]),
    ("NDC-TGT-003.json", "base.json", [rem("/targets/0/baseYearEmissions")], [f("NDC-TGT-003", "/targets/0")]),
    # A base year equal to the target year is also absent from the inventory (2010…2023).
    ("NDC-TGT-004.json", "base.json", [rep("/targets/0/baseYear", 2030)],
     [f("NDC-TGT-004", "/targets/0/targetYear"), f("NDC-TGT-007", "/targets/0/baseYear")]),
    # 2 200 000 against 2 165 000 is 1.62 %.
    ("NDC-TGT-005.json", "base.json", [rep("/targets/0/baseYearEmissions", 2200000)],
     [f("NDC-TGT-005", "/targets/0/baseYearEmissions")]),
    # Covering land use only: no V entry in 2010, so the covered total is 0.
    ("NDC-TGT-006.json", "base.json", [rep("/targets/0/coverage/gpc", ["V"])],
     [f("NDC-TGT-006", "/targets/0/baseYearEmissions")]),
    ("NDC-TGT-007.json", "base.json", [rep("/targets/0/baseYear", 2005)], [f("NDC-TGT-007", "/targets/0/baseYear")]),
    ("NDC-TGT-008.json", "167.json", [rep("/targets/0/targetYear", 2035)], [f("NDC-TGT-008", "/targets")]),
    ("NDC-TGT-009.json", "167.json", [rep("/targets/0/reductionPercent", 69.9)],
     [f("NDC-TGT-009", "/targets/0/reductionPercent")]),
    # A negative base is also more than 1 % from the inventory's positive total.
    ("NDC-TGT-010.json", "base.json", [rep("/targets/0/baseYearEmissions", -41000)],
     [f("NDC-TGT-005", "/targets/0/baseYearEmissions"), f("NDC-TGT-010", "/targets/0/baseYearEmissions")]),
    ("NDC-TGT-011.json", "167.json", [rep("/targets/1/targetYear", 2055)], [f("NDC-TGT-011", "/targets/1/targetYear")]),
    ("NDC-TGT-012.json", "167.json", [rep("/targets/1/targetYear", 2050)], [f("NDC-TGT-012", "/targets/1/targetYear")]),
    ("NDC-TGT-013.json", "base.json", [rep("/targets/1/coverage/gpc/2", "III.9")],
     [f("NDC-TGT-013", "/targets/1/coverage/gpc/2")]),
    ("NDC-TGT-014.json", "base.json", [rep("/targets/0/status", "proposed")], [f("NDC-TGT-014", "/targets")]),
    # measures
    ("NDC-MEA-001.json", "base.json", [rep("/measures/1/measureId", "M-FJV")], [f("NDC-MEA-001", "/measures/1/measureId")]),
    # Starting after its end also puts the 2030 expected effect before the start.
    ("NDC-MEA-002.json", "base.json", [rep("/measures/0/startYear", 2031)],
     [f("NDC-MEA-002", "/measures/0/endYear"), f("NDC-MEA-004", "/measures/0/effects/1/year")]),
    ("NDC-MEA-003.json", "base.json", [add("/measures/0/effects/-", {"year": 2030, "tco2e": 95000, "kind": "expected"})],
     [f("NDC-MEA-003", "/measures/0/effects/2")]),
    ("NDC-MEA-004.json", "base.json", [rep("/measures/0/effects/1/year", 2031)], [f("NDC-MEA-004", "/measures/0/effects/1/year")]),
    ("NDC-MEA-005.json", "base.json", [rep("/measures/0/effects/0/year", 2027)], [f("NDC-MEA-005", "/measures/0/effects/0/year")]),
    ("NDC-MEA-006.json", "base.json", [rep("/measures/0/overlaps/0/submitterCode", "9999")],
     [f("NDC-MEA-006", "/measures/0/overlaps/0/submitterCode")]),
    # 2 200 000 t expected in 2030 against a 2010 total of 2 165 000 t.
    ("NDC-MEA-007.json", "base.json", [rep("/measures/0/effects/1/tco2e", 2200000)], [f("NDC-MEA-007", "/measures")]),
    # A 2010 total of -1 585 000 t (sector I as a net sink) is also a covered total ≤ 0 for T-2030.
    ("NDC-MEA-008.json", "base.json", [rep("/inventory/years/0/entries/0/amount", -2100000)],
     [f("NDC-MEA-008", "/inventory/years/0"), f("NDC-TGT-006", "/targets/0/baseYearEmissions")]),
    ("NDC-MEA-009.json", "base.json", [rep("/measures/0/effects/1/tco2e", -500)], [f("NDC-MEA-009", "/measures/0/effects/1/tco2e")]),
    ("NDC-MEA-010.json", "base.json", [rep("/measures/0/fundingGapDKK", 2500000000)], [f("NDC-MEA-010", "/measures/0/fundingGapDKK")]),
    ("NDC-MEA-011.json", "base.json", [add("/measures/1/endYear", 2025)], [f("NDC-MEA-011", "/measures/1/status")]),
    ("NDC-MEA-012.json", "base.json", [add("/measures/0/overlaps/-", {"submitterCode": "147", "measureId": "FRB-M-VARME", "share": 0.8})],
     [f("NDC-MEA-012", "/measures/0/overlaps")]),
    ("NDC-MEA-013.json", "base.json", [add("/measures/0/overlaps/-", {"submitterCode": "1084", "measureId": "RH-M-VARME", "share": 0.3})],
     [f("NDC-MEA-013", "/measures/0/overlaps/1")]),
    # projects
    ("NDC-PRJ-001.json", "base.json", [rep("/renewables/0/measureRef", "M-VIND")], [f("NDC-PRJ-001", "/renewables/0/measureRef")]),
    ("NDC-PRJ-002.json", "base.json", [rep("/lowlandSoils/0/projectId", "R-PRØVESTENEN")], [f("NDC-PRJ-002", "/lowlandSoils/0/projectId")]),
    ("NDC-PRJ-003.json", "base.json", [rep("/renewables/0/status", "operational")], [f("NDC-PRJ-003", "/renewables/0/commissioningYear")]),
    # adaptation
    ("NDC-ADP-001.json", "base.json", [rep("/adaptation/riskAssessment/completedOn", "2026-04-01")],
     [f("NDC-ADP-001", "/adaptation/riskAssessment/completedOn")]),
    ("NDC-ADP-002.json", "base.json", [rep("/adaptation/actions/0/fundingGapDKK", 1300000000)],
     [f("NDC-ADP-002", "/adaptation/actions/0/fundingGapDKK")]),
    # This is fixtures/valid/base.json as committed.
    ("NDC-ADP-003.json", "base.json", [rem("/adaptation/riskAssessment/hazards/2")], [f("NDC-ADP-003", "/adaptation/actions/0/hazards/1")]),
    # engagement
    ("NDC-ENG-001.json", "base.json", [rep("/engagement/0/date", "2026-04-15")], [f("NDC-ENG-001", "/engagement/0/date")]),
    ("NDC-ENG-002.json", "base.json", [rem("/engagement")], [f("NDC-ENG-002", "")]),
    # plausibility
    ("NDC-PLS-001.json", "base.json", [rep("/inventory/years/1/entries/0/amount", 30000000)], [f("NDC-PLS-001", "/inventory/years/1")]),
    # 2010 lies more than 3 years from the register's date, so NDC-PLS-003 does not look at it.
    ("NDC-PLS-002.json", "base.json", [rep("/inventory/years/0/population", 0)], [f("NDC-PLS-002", "/inventory/years/0")]),
    ("NDC-PLS-003.json", "base.json", [rep("/inventory/years/1/population", 553664)], [f("NDC-PLS-003", "/inventory/years/1/population")]),
    # 2011 right after 2010: 2 165 000 t to 1 040 750.25 t is -51.93 %.
    ("NDC-PLS-004.json", "base.json", [rep("/inventory/years/1/year", 2011)], [f("NDC-PLS-004", "/inventory/years/1")]),
    # A sign slip makes 2019 a net sink: the jump from 2018 is reported, the change to 2020 is not computed.
    ("NDC-PLS-005.json", "167.json", [rep("/inventory/years/1/entries/0/amount", -117190.1)],
     [f("NDC-PLS-004", "/inventory/years/1"), f("NDC-PLS-005", "/inventory/years/2")]),
]


def region_1084(base):
    """Region Hovedstaden, from Region Sjælland's plan (fixtures/dk/1085.json) without its overlaps."""
    d = copy.deepcopy(base)
    d["submissionId"] = "1084-NDC2025-v1"
    d["submitter"] = {"level": "region", "code": "1084", "name": "Region Hovedstaden"}
    for m in d["measures"]:
        m.pop("overlaps", None)
    return d


def set_cases():
    base = BASELINES["base.json"]
    hv = BASELINES["167.json"]
    r1084 = region_1084(load("fixtures/dk/1085.json"))
    r1084_named = apply(r1084, [rep("/measures/1/measureId", "RH-M-VARME")])
    r1084_back = apply(r1084_named, [add("/measures/1/overlaps", [{"submitterCode": "101", "measureId": "M-FJV", "share": 0.25}])])
    n1081 = apply(load("fixtures/dk/1081.json"), [rep("/measures/0/overlaps", [{"submitterCode": "101", "measureId": "M-FJV", "share": 0.15}])])
    kbh_1081 = apply(base, [rep("/measures/0/overlaps/0", {"submitterCode": "1081", "measureId": "RM-BUS", "share": 0.25})])
    v = lambda path: {"path": path, "pointer": "/version"}
    return {
        "PASS-set": ("Both sides declare the overlap: no set finding.",
                     {"101.json": (base, []), "1084.json": (r1084_back, [])}, []),
        "NDC-SET-001": ("Version 1 of 167 twice, the second with another plan title.",
                        {"167-a.json": (hv, []), "167-b.json": (apply(hv, [rep("/plan/title", "Klimahandleplan 2025")]), [])},
                        [{**f("NDC-SET-001", ""), "related": [v("167-a.json"), v("167-b.json")]}]),
        "NDC-SET-002": ("Version 2 of 167 keeps version 1's submissionId.",
                        {"167-v1.json": (hv, []), "167-v2.json": (apply(hv, [rep("/version", 2)]), [])},
                        [{**f("NDC-SET-002", ""), "related": [{"path": "167-v1.json", "pointer": "/submissionId"},
                                                               {"path": "167-v2.json", "pointer": "/submissionId"}]}]),
        "NDC-SET-003": ("Version 2 of 167 has an inventory year after its submission (ERROR), so version 1 counts.",
                        {"167-v1.json": (hv, []),
                         "167-v2.json": (apply(hv, [rep("/version", 2), rep("/submissionId", "167-NDC2025-v2"),
                                                    rep("/inventory/years/5/year", 2026)]),
                                         [f("NDC-INV-004", "/inventory/years/5/year")])},
                        [{**f("NDC-SET-003", ""), "related": [v("167-v1.json"), v("167-v2.json")]}]),
        "NDC-SET-004": ("101/M-FJV overlaps with 1084/RH-M-VARME; 1084 has no such measure.",
                        {"101.json": (base, []), "1084.json": (r1084, [])},
                        [{**f("NDC-SET-004", ""), "related": [{"path": "101.json", "pointer": "/measures/0/overlaps/0/measureId"},
                                                               {"path": "1084.json", "pointer": "/measures"}]}]),
        "NDC-SET-005": ("1084 has RH-M-VARME but does not declare the overlap back.",
                        {"101.json": (base, []), "1084.json": (r1084_named, [])},
                        [{**f("NDC-SET-005", ""), "related": [{"path": "101.json", "pointer": "/measures/0/overlaps/0"},
                                                               {"path": "1084.json", "pointer": "/measures/1"}]}]),
        "NDC-SET-006": ("Region Nordjylland's RM-BUS overlaps with København (in Hovedstaden); both sides declare it.",
                        {"101.json": (kbh_1081, []), "1081.json": (n1081, [])},
                        [{**f("NDC-SET-006", ""), "related": [{"path": "1081.json", "pointer": "/measures/0/overlaps/0/submitterCode"},
                                                               {"path": "101.json", "pointer": ""}]}]),
        "NDC-SET-007": ("1084's only submission is invalid (a measure id twice), so 101's overlap has no counterpart.",
                        {"101.json": (base, []),
                         "1084.json": (apply(r1084_back, [rep("/measures/2/measureId", "RH-M-VARME")]),
                                       [f("NDC-MEA-001", "/measures/2/measureId")])},
                        [{**f("NDC-SET-007", ""), "related": [{"path": "101.json", "pointer": "/measures/0/overlaps/0"}]}]),
    }


def text(document):
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def outputs():
    files = {}
    manifest = {}
    for case in CASES:
        name, baseline, patch, expected = case[:4]
        files[name] = text(apply(BASELINES[baseline], patch))
        entry = {"from": baseline, "change": patch, "expected": expected}
        if len(case) > 4:
            entry["requestedCycle"] = case[4]
        manifest[name] = entry
    for folder, (note, members, expected) in set_cases().items():
        for name, (document, _) in members.items():
            files[f"{folder}/{name}"] = text(document)
        manifest[folder + "/"] = {
            "note": note,
            "files": {name: findings for name, (_, findings) in members.items()},
            "expected": expected,
        }
    files["manifest.json"] = text(manifest)
    return files


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    for name, content in outputs().items():
        path = OUT / name
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != content:
                stale.append(name)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
    if stale:
        print("stale: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
