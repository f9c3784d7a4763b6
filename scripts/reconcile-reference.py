#!/usr/bin/env python3
"""Independent reconciliation numbers for `ndc compile` (issue 4).

Sums the project's copy of the Danish Energy Agency's municipal figures
(reference/source/dk-municipal-emissions-2018-2023.csv) per year: national, per region
(membership from reference/source/dk-municipalities.csv, the regions of 2025) and per GPC
sector (energi→I, transport→II, affald→III, industri→IV, landbrug→V), with Python's
`decimal`, and writes fixtures/expected/reconciliation.json. The CSV's `total` rows are not
used: the territorial total is the sum of the sector figures, as `compile` computes it.
It shares no code with the Swift compiler on purpose.

Usage: python3 scripts/reconcile-reference.py [--check]
  --check  compare with the committed file instead of writing it (exit 1 on a difference)
"""
import csv
import json
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EMISSIONS = ROOT / "reference/source/dk-municipal-emissions-2018-2023.csv"
MUNICIPALITIES = ROOT / "reference/source/dk-municipalities.csv"
OUTPUT = ROOT / "fixtures/expected/reconciliation.json"
SECTORS = {"energi": "I", "transport": "II", "affald": "III", "industri": "IV", "landbrug": "V"}


def text(value: Decimal) -> str:
    """The shortest decimal form, as the canonical writers give it (no exponent, no -0)."""
    s = format(value.normalize(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def main() -> int:
    with MUNICIPALITIES.open(encoding="utf-8") as f:
        region_of = {row["code"]: row["region_code"] for row in csv.DictReader(f)}
    national = defaultdict(Decimal)
    regions = defaultdict(lambda: defaultdict(Decimal))
    sectors = defaultdict(lambda: defaultdict(Decimal))
    region_sectors = defaultdict(lambda: defaultdict(lambda: defaultdict(Decimal)))
    municipalities = defaultdict(set)
    with EMISSIONS.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            sector = SECTORS.get(row["sector"])
            if sector is None:
                continue  # the `total` rows
            year, amount, region = row["year"], Decimal(row["tco2e"]), region_of[row["code"]]
            national[year] += amount
            regions[year][region] += amount
            sectors[year][sector] += amount
            region_sectors[year][region][sector] += amount
            municipalities[year].add(row["code"])
    document = {
        "source": "reference/source/dk-municipal-emissions-2018-2023.csv",
        "regions": "reference/source/dk-municipalities.csv (regions before 2027)",
        "sectors": SECTORS,
        "years": [
            {
                "year": int(year),
                "municipalities": len(municipalities[year]),
                "national": text(national[year]),
                "sectors": {s: text(v) for s, v in sorted(sectors[year].items(), key=lambda kv: list(SECTORS.values()).index(kv[0]))},
                "regions": {
                    r: {"total": text(v), "sectors": {s: text(x) for s, x in sorted(region_sectors[year][r].items(), key=lambda kv: list(SECTORS.values()).index(kv[0]))}}
                    for r, v in sorted(regions[year].items())
                },
            }
            for year in sorted(national)
        ],
    }
    rendered = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if "--check" in sys.argv[1:]:
        if OUTPUT.read_text(encoding="utf-8") != rendered:
            print(f"{OUTPUT} is not current: run scripts/reconcile-reference.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(rendered, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
