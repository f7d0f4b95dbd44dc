#!/usr/bin/env python3
"""Writes the declared-reference fixtures: the Kernboodschap table as Excel's "CSV
(puntkomma-gescheiden)" saves a sheet (Windows-1252, ';', CRLF, a title and caption row above the
header, footnote rows below), the NDS agenda as a Kamerbrief text excerpt, and the sidecars and
agendacheck.json that declare what republishes what. Run from this folder: python3
declared-references.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(HERE))), "rules")

KERN = [
    ("Digitale Overheid", [745, 1110, 1355, 1510, 1615, 950]),
    ("Digitale Economie", [595, 1075, 1395, 1575, 1535, 1550]),
    ("Digitale Veiligheid", [300, 355, 390, 400, 345, 405]),
    ("Digitale Samenleving", [65, 65, 75, 75, 75, 60]),
    ("Digitale Open Strategische Autonomie", ["-"] * 6),
    ("Totaal", [1705, 2605, 3215, 3560, 3570, 2965]),
]

NDS = [
    ("Prioriteit", None),
    ("Data", [35, 65, 90, 115, 140, 85]),
    ("AI", [40, 50, 50, 50, 50, 45]),
    ("Cloud", [60, 150, 190, 215, 225, 125]),
    ("Digitaal Vakmanschap", [30, 125, 200, 200, 210, 115]),
    ("Burgers & ondernemers centraal", [175, 175, 175, 175, 175, 175]),
    ("Digitale weerbaarheid en autonomie", [165, 235, 310, 365, 430, 225]),
    ("Interventie", None),
    ("Standaarden", [5, 30, 35, 45, 45, 10]),
    ("Collectieve oplossingen, EDI", [85, 115, 130, 160, 160, 110]),
    ("IT-sourcing en inkoop", [25, 20, 15, "PM", "PM", 10]),
    ("Digitale wetgeving, wegnemen juridische belemmeringen", [125, 145, 160, 185, 180, 50]),
    ("Totaal", [745, 1110, 1355, 1510, 1615, 950]),
]


def dutch(v):
    if isinstance(v, int) and abs(v) >= 1000:
        return f"{v:,}".replace(",", ".")
    return str(v)


def kern_csv(path, first_value_2027=1110):
    rows = [["Kernboodschap digitalisering"] + [""] * 6, [""] * 7,
            ["Bedragen in \u20ac mln. \u00b3", "2026", "2027", "2028", "2029", "2030", "Structureel"]]
    for i, (label, values) in enumerate(KERN):
        vals = list(values)
        if i == 0:
            vals[1] = first_value_2027
        if label == "Totaal":
            vals[1] += first_value_2027 - 1110  # the table's own total adds the stale figure
        rows.append([label] + [dutch(v) for v in vals])
    rows += [[""] * 7, ["\u00b3 Deze bedragen zijn op vijftallen naar boven afgerond."] + [""] * 6,
             ["4 Dit betreft een eerste indicatie van de geraamde kosten voor realisatie."]
             + [""] * 6]
    text = "\r\n".join(";".join(r) for r in rows) + "\r\n"
    with open(path, "wb") as f:
        f.write(text.encode("cp1252"))


def nds_txt(path, cloud_2028=190, title="Stand van zaken - Investeringsagenda NDS"):
    lines = [title, "", "Bedragen in \u20ac mln.\t2026\t2027\t2028\t2029\t2030\tStructureel p/j"]
    for label, values in NDS:
        if values is None:
            lines.append(label)
            continue
        vals = list(values)
        if label == "Cloud":
            vals[2] = cloud_2028
        lines.append("\t".join([label] + [str(v) for v in vals]))
    lines += ["", "Hieronder staan de globale ramingen weergegeven (afgerond op vijftallen)."]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def meta(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def case(folder, name):
    d = os.path.join(RULES, folder, name)
    os.makedirs(d, exist_ok=True)
    return d


ROW_REF = {"references": [{"row": "Digitale Overheid",
                           "ref": {"document": "nds-investeringsagenda-2025", "row": "Totaal"}}]}

d = case("reference-mismatch", "sidecar-declared-row-stale")
kern_csv(os.path.join(d, "kernboodschap-digitalisering.csv"), 1100)
meta(os.path.join(d, "kernboodschap-digitalisering.meta.json"), ROW_REF)
nds_txt(os.path.join(d, "nds-investeringsagenda-2025.txt"))

d = case("reference-mismatch", "sidecar-declared-row-right")
kern_csv(os.path.join(d, "kernboodschap-digitalisering.csv"))
meta(os.path.join(d, "kernboodschap-digitalisering.meta.json"), ROW_REF)
nds_txt(os.path.join(d, "nds-investeringsagenda-2025.txt"))

d = case("reference-unresolved", "sidecar-declared-row-missing")
kern_csv(os.path.join(d, "kernboodschap-digitalisering.csv"))
meta(os.path.join(d, "kernboodschap-digitalisering.meta.json"), {"references": [
    {"row": "Digitale Overheid/realisatie NDS",
     "ref": {"document": "nds-investeringsagenda-2025", "row": "Totaal"}}]})
nds_txt(os.path.join(d, "nds-investeringsagenda-2025.txt"))

d = case("reference-mismatch", "sidecar-whole-table-republished")
nds_txt(os.path.join(d, "kamerbrief-tabel-1.txt"), 185,
        "Tabel 1 Benodigde middelen per onderdeel (uit de investeringsagenda)")
meta(os.path.join(d, "kamerbrief-tabel-1.meta.json"),
     {"references": [{"ref": {"document": "nds-investeringsagenda-2025"}}]})
nds_txt(os.path.join(d, "nds-investeringsagenda-2025.txt"))

d = case("reference-mismatch", "config-declared-row-stale")
kern_csv(os.path.join(d, "kernboodschap-digitalisering.csv"), 1100)
nds_txt(os.path.join(d, "nds-investeringsagenda-2025.txt"))
meta(os.path.join(d, "agendacheck.json"), {"references": [
    {"document": "kernboodschap-digitalisering", "row": "Digitale Overheid",
     "ref": {"document": "nds-investeringsagenda-2025", "row": "Totaal"}}]})

d = case("reference-unresolved", "config-declared-whole-table-unknown-document")
nds_txt(os.path.join(d, "kamerbrief-tabel-1.txt"), 190,
        "Tabel 1 Benodigde middelen per onderdeel (uit de investeringsagenda)")
meta(os.path.join(d, "agendacheck.json"), {"references": [
    {"document": "kamerbrief-tabel-1", "ref": {"document": "nds-investeringsagenda-2024"}}]})
