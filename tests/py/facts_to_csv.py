"""Writes tests/fixtures/memberships_bundled.csv from tests/fixtures/facts.json: one row
per (state, GGE) with ISO3 codes and the GGE's years.

Usage: python3 tests/py/facts_to_csv.py > tests/fixtures/memberships_bundled.csv
"""
import csv
import json
import pathlib
import sys

# UN short names as facts.json writes them -> ISO 3166-1 alpha-3.
ISO3 = {
    "Argentina": "ARG", "Australia": "AUS", "Belarus": "BLR", "Botswana": "BWA",
    "Brazil": "BRA", "Canada": "CAN", "China": "CHN", "Colombia": "COL", "Cuba": "CUB",
    "Egypt": "EGY", "Estonia": "EST", "Finland": "FIN", "France": "FRA", "Germany": "DEU",
    "Ghana": "GHA", "India": "IND", "Indonesia": "IDN", "Israel": "ISR", "Italy": "ITA",
    "Japan": "JPN", "Jordan": "JOR", "Kazakhstan": "KAZ", "Kenya": "KEN",
    "Malaysia": "MYS", "Mali": "MLI", "Mauritius": "MUS", "Mexico": "MEX",
    "Morocco": "MAR", "Netherlands": "NLD", "Norway": "NOR", "Pakistan": "PAK",
    "Qatar": "QAT", "Republic of Korea": "KOR", "Romania": "ROU",
    "Russian Federation": "RUS", "Senegal": "SEN", "Serbia": "SRB", "Singapore": "SGP",
    "South Africa": "ZAF", "Spain": "ESP", "Switzerland": "CHE",
    "United Kingdom of Great Britain and Northern Ireland": "GBR",
    "United States of America": "USA", "Uruguay": "URY",
}

facts = json.loads((pathlib.Path(__file__).parent.parent / "fixtures" / "facts.json").read_text())
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["state", "group", "start", "end"])
for group in facts["groups"]:
    start, end = group["period"].split("/")
    for member in sorted(ISO3[m["state"]] for m in group["members"]["list"]):
        out.writerow([member, group["id"], start, end])
