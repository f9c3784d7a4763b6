#!/usr/bin/env python3
"""Builds Sources/NDCFormats/Resources/reference.json, the shipped reference data.

Inputs: reference/source/dk-municipalities.csv and reference/source/dk-regions.csv (public
facts, see reference/source/README.md) plus the constants below (cycles, the GPC table, GWP
tables, national targets, the 2027 regional merger). The output is deterministic: the same
inputs give the same bytes (no clock, sorted rows, fixed member order, LF, final newline).
Its format is documented in docs/reference-data.md.

Usage: python3 scripts/build-reference.py [--check]
  --check  exit 1 if the committed file differs from what the script would write.
"""
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "reference" / "source"
OUTPUT = ROOT / "Sources" / "NDCFormats" / "Resources" / "reference.json"

FORMAT_VERSION = "1.1"
EDITION = "2026-12-05"

# The nation the municipalities and regions add up to (format 1.1).
COUNTRY = {"code": "DK", "name": "Danmark", "nameEnglish": "Denmark"}

SOURCES = [
    {"id": "dawa", "publisher": "Klimadatastyrelsen",
     "title": "Danmarks Adressers Web API (DAWA): kommuner og regioner",
     "date": "2026-01-01", "url": "https://dawadocs.dataforsyningen.dk/"},
    {"id": "dst-folk1am", "publisher": "Danmarks Statistik",
     "title": "FOLK1AM: Befolkningen den 1. i måneden, 2026M01",
     "date": "2026-01-01", "url": "https://www.statistikbanken.dk/FOLK1AM"},
    {"id": "health-reform-2024", "publisher": "Indenrigs- og Sundhedsministeriet",
     "title": "Aftale om sundhedsreform 2024: Region Hovedstaden og Region Sjælland bliver Region Østdanmark fra 1. januar 2027 (kode foreløbig)",
     "date": "2024-11"},
    {"id": "ndc-spec", "publisher": "ndc project",
     "title": "Subnational submission — data specification 1.0 (SUBMISSION.md): cycles and the GPC table",
     "date": "2026-11-26"},
    {"id": "gpc", "publisher": "WRI, C40 Cities, ICLEI",
     "title": "Global Protocol for Community-Scale Greenhouse Gas Inventories, version 1.1",
     "date": "2021", "url": "https://ghgprotocol.org/ghg-protocol-cities"},
    {"id": "ipcc-ar4", "publisher": "IPCC",
     "title": "Climate Change 2007: The Physical Science Basis (AR4 WG I), Chapter 2, Table 2.14",
     "date": "2007", "url": "https://www.ipcc.ch/report/ar4/wg1/"},
    {"id": "ipcc-ar5", "publisher": "IPCC",
     "title": "Climate Change 2013: The Physical Science Basis (AR5 WG I), Chapter 8, Table 8.A.1",
     "date": "2013", "url": "https://www.ipcc.ch/report/ar5/wg1/"},
    {"id": "ipcc-ar6", "publisher": "IPCC",
     "title": "Climate Change 2021: The Physical Science Basis (AR6 WG I), Chapter 7, Table 7.15",
     "date": "2021", "url": "https://www.ipcc.ch/report/ar6/wg1/"},
    {"id": "climate-act", "publisher": "Klima-, Energi- og Forsyningsministeriet",
     "title": "Lov nr. 965 af 26. juni 2020 om klima (klimaloven)",
     "date": "2020-06-26", "url": "https://www.retsinformation.dk/eli/lta/2020/965"},
    {"id": "government-platform-2022", "publisher": "Statsministeriet",
     "title": "Ansvar for Danmark. Regeringsgrundlag december 2022",
     "date": "2022-12"},
    {"id": "kf25", "publisher": "Klima-, Energi- og Forsyningsministeriet",
     "title": "Klimastatus og -fremskrivning 2025",
     "date": "2025"},
]

# English names that genuinely differ from the Danish name (all others: the Danish name).
ENGLISH_MUNICIPALITY_NAMES = {"101": "Copenhagen"}

POPULATION_DATE = "2026-01-01"
MERGER_LAST_DAY = "2026-12-31"
MERGER_FIRST_DAY = "2027-01-01"
MERGING_REGIONS = ("1084", "1085")
SUCCESSOR = {
    "code": "1086", "name": "Region Østdanmark", "nameASCII": "Region Oestdanmark",
    "nameEnglish": "Region East Denmark", "nuts2": None,
    "validFrom": MERGER_FIRST_DAY, "validTo": None, "provisional": True, "successor": None,
}

CYCLES = [{"id": "NDC2025", "referenceDate": "2025-12-31", "rulePack": "NDC2025-1", "gwp": "AR5"}]

GWP_TABLES = [
    ("AR4", "ipcc-ar4", "IPCC AR4 WG I, Chapter 2, Table 2.14 (100-year GWP)",
     {"CH4": "25", "N2O": "298", "SF6": "22800", "NF3": "17200"}),
    ("AR5", "ipcc-ar5", "IPCC AR5 WG I, Chapter 8, Table 8.A.1 (100-year GWP, without climate-carbon feedbacks)",
     {"CH4": "28", "N2O": "265", "SF6": "23500", "NF3": "16100"}),
    ("AR6", "ipcc-ar6", "IPCC AR6 WG I, Chapter 7, Table 7.15 (100-year GWP; CH4 without the fossil/non-fossil split)",
     {"CH4": "27.9", "N2O": "273", "SF6": "25200", "NF3": "17400"}),
]
GAS_ORDER = ["CO2", "CH4", "N2O", "HFCs", "PFCs", "SF6", "NF3", "CO2e"]

NATIONAL = {
    "sources": ["climate-act", "government-platform-2022", "kf25"],
    "citation": "Klimaloven (lov nr. 965 af 26. juni 2020); Regeringsgrundlag december 2022; "
                "1990 baseline from Klimastatus og -fremskrivning 2025",
    "reductionPercent2030": "70",
    "reductionBaseYear": 1990,
    "neutralityYearLaw": 2050,
    "neutralityYearAim": 2045,
    "baseline1990": "79200000",
    "baselineEdition": "Klimastatus og -fremskrivning 2025",
}

# The GPC table (SUBMISSION.md, "GPC codes").
GPC_SECTORS = [
    ("I", "Stationary energy", [
        ("I.1", "Residential buildings", 3), ("I.2", "Commercial and institutional buildings and facilities", 3),
        ("I.3", "Manufacturing industries and construction", 3), ("I.4", "Energy industries", 4),
        ("I.5", "Agriculture, forestry and fishing activities", 3), ("I.6", "Non-specified sources", 3),
        ("I.7", "Fugitive emissions from mining, processing, storage and transportation of coal", 1),
        ("I.8", "Fugitive emissions from oil and natural gas systems", 1)]),
    ("II", "Transportation", [
        ("II.1", "On-road transportation", 3), ("II.2", "Railways", 3), ("II.3", "Waterborne navigation", 3),
        ("II.4", "Aviation", 3), ("II.5", "Off-road transportation", 3)]),
    ("III", "Waste", [
        ("III.1", "Solid waste disposal", 3), ("III.2", "Biological treatment of waste", 3),
        ("III.3", "Incineration and open burning", 3), ("III.4", "Wastewater treatment and discharge", 3)]),
    ("IV", "Industrial processes and product use (IPPU)", [
        ("IV.1", "Industrial processes", 0), ("IV.2", "Product use", 0)]),
    ("V", "Agriculture, forestry and other land use (AFOLU)", [
        ("V.1", "Livestock", 0), ("V.2", "Land", 0), ("V.3", "Aggregate sources and non-CO2 emission sources on land", 0)]),
]
SCOPE_TITLES = {1: "in the city boundary", 2: "grid-supplied energy", 3: "outside the city boundary"}
WASTE_TITLES = {1: "generated and treated inside the city", 2: "generated inside, treated outside the city",
                3: "generated outside, treated inside the city"}
WASTE_SCOPES = {1: 1, 2: 3, 3: 1}


def gpc_row(code, parent, level, scope, territorial, title):
    return {"code": code, "parent": parent, "level": level, "scope": scope, "territorial": territorial, "title": title}


def gpc_table():
    rows = []
    for sector, title, subsectors in GPC_SECTORS:
        rows.append(gpc_row(sector, None, "sector", None, True, title))
        for code, subtitle, numbers in subsectors:
            if numbers == 0:  # IV and V: the subsector code is the reference number, scope 1
                rows.append(gpc_row(code, sector, "reference-number", 1, True, subtitle))
                continue
            rows.append(gpc_row(code, sector, "subsector", None, True, subtitle))
            for n in range(1, numbers + 1):
                if sector == "III":
                    scope, suffix = WASTE_SCOPES[n], WASTE_TITLES[n]
                elif code == "I.4" and n == 4:
                    scope, suffix = 1, "generation of grid-supplied energy"
                else:
                    scope, suffix = n, SCOPE_TITLES[n]
                rows.append(gpc_row(f"{code}.{n}", code, "reference-number", scope, scope == 1, f"{subtitle}: {suffix}"))
    rows.append(gpc_row("VI", None, "sector", 3, False, "Other scope 3"))
    return rows


def read_csv(name):
    with open(SOURCE / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def by_code(row):
    return int(row["code"])


def municipalities(rows):
    out = []
    for r in sorted(rows, key=by_code):
        out.append({
            "code": r["code"], "name": r["name"], "nameASCII": r["name_ascii"],
            "nameEnglish": ENGLISH_MUNICIPALITY_NAMES.get(r["code"], r["name"]),
            "population": int(r["population"]), "populationDate": f"{int(r['population_year'])}-01-01",
            "validFrom": None, "validTo": None,
        })
    assert len(out) == 98 and all(m["populationDate"] == POPULATION_DATE for m in out)
    return out


def ascii_name(name):
    return name.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")


def regions(rows):
    out = []
    for r in sorted(rows, key=by_code):
        merging = r["code"] in MERGING_REGIONS
        out.append({
            "code": r["code"], "name": r["name"], "nameASCII": ascii_name(r["name"]), "nameEnglish": r["name_en"],
            "nuts2": r["nuts2"], "validFrom": None, "validTo": MERGER_LAST_DAY if merging else None,
            "provisional": False, "successor": SUCCESSOR["code"] if merging else None,
        })
    out.append(dict(SUCCESSOR))
    return out


def memberships(rows):
    out = []
    for r in sorted(rows, key=by_code):
        region = r["region_code"]
        if region in MERGING_REGIONS:
            out.append({"municipality": r["code"], "region": region, "validFrom": None, "validTo": MERGER_LAST_DAY})
            out.append({"municipality": r["code"], "region": SUCCESSOR["code"], "validFrom": MERGER_FIRST_DAY, "validTo": None})
        else:
            out.append({"municipality": r["code"], "region": region, "validFrom": None, "validTo": None})
    return out


def gwp_tables():
    out = []
    for set_id, source, citation, factors in GWP_TABLES:
        full = {"CO2": "1", "HFCs": "1", "PFCs": "1", "CO2e": "1", **factors}
        out.append({"id": set_id, "sources": [source], "citation": citation,
                    "factors": {gas: full[gas] for gas in GAS_ORDER}})
    return out


def build():
    municipality_rows = read_csv("dk-municipalities.csv")
    region_rows = read_csv("dk-regions.csv")
    return {
        "formatVersion": FORMAT_VERSION,
        "edition": EDITION,
        "country": COUNTRY,
        "sources": SOURCES,
        "municipalities": {"sources": ["dawa", "dst-folk1am"], "rows": municipalities(municipality_rows)},
        "regions": {"sources": ["dawa", "health-reform-2024"], "rows": regions(region_rows)},
        "memberships": {"sources": ["dawa", "health-reform-2024"], "rows": memberships(municipality_rows)},
        "cycles": {"sources": ["ndc-spec"], "rows": CYCLES},
        "gpc": {"sources": ["gpc", "ndc-spec"], "rows": gpc_table()},
        "gwpTables": gwp_tables(),
        "national": NATIONAL,
    }


def render():
    return json.dumps(build(), ensure_ascii=False, indent=2) + "\n"


def main():
    text = render()
    if "--check" in sys.argv[1:]:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date: run python3 scripts/build-reference.py", file=sys.stderr)
            sys.exit(1)
        return
    OUTPUT.write_text(text, encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
