"""Writes the CSV files beside this folder as Excel's "CSV (puntkomma-gescheiden) (*.csv)" saves
a Dutch worksheet: Windows-1252, CR LF line ends, ';' between fields, every row as wide as the
sheet's used range (an empty row is ';;;;;;;'), cells as displayed (thousands separators, dashes
and PM as typed), quotes only around a field holding ';' or '"'. The sheet has the ministry's
layout: a title and a caption above the header, a header found by its years, 'p/j' under
'Structureel', section rows, an empty row before the total and footnote rows below it."""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent


def field(v):
    return '"' + v.replace('"', '""') + '"' if ';' in v or '"' in v else v


def write(name, rows, width):
    lines = []
    for r in rows:
        cells = list(r) + [""] * (width - len(r))
        lines.append(";".join(field(c) for c in cells))
    (HERE.parent / name).write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


NDS = [
    ["Stand van zaken Investeringsagenda NDS"],
    ["Tabel 2 Benodigde middelen per prioriteit en interventie"],
    [],
    ["Bedragen in € mln. ¹", "2026", "2027", "2028", "2029", "2030", "Structureel"],
    ["", "", "", "", "", "", "p/j"],
    ["Prioriteit"],
    ["Data", "35", "65", "90", "115", "140", "85"],
    ["AI", "40", "50", "50", "50", "50", "45"],
    ["Cloud", "60", "150", "190", "215", "225", "125"],
    ["Digitaal Vakmanschap", "30", "125", "200", "200", "210", "115"],
    ["Burgers & ondernemers centraal", "175", "175", "175", "175", "175", "175"],
    ["Digitale weerbaarheid en autonomie", "165", "235", "310", "365", "430", "225"],
    ["Interventie"],
    ["Standaarden", "5", "30", "35", "45", "45", "10"],
    ["Collectieve oplossingen, EDI", "85", "115", "130", "160", "160", "110"],
    ["IT-sourcing en inkoop", "25", "20", "15", "PM", "PM", "10"],
    ["Digitale wetgeving; wegnemen juridische belemmeringen", "125", "145", "160", "185", "180", "50"],
    [],
    ["Totaal", "745", "1.110", "1.385", "1.510", "1.615", "950"],
    [],
    ["¹ Bedragen zijn op vijftallen naar boven afgerond."],
    ["Bron: ministerie van BZK, stand van zaken 17 november 2025."],
]
write("nds-excel-export.csv", NDS, 8)
