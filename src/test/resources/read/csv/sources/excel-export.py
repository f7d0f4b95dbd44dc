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

# The two seed tables saved from Excel, for the reference inferred from a footnote: the
# Kernboodschap's first row "Digitale Overheid ⁴", its footnote row below the table saying the
# figures match the NDS investment agenda; and the NDS agenda (its Totaal as published).
RULES = HERE.parent.parent.parent / "rules" / "reference-inferred" / "footnote-names-the-table-csv"
RULES.mkdir(parents=True, exist_ok=True)
KERN = [
    ["Kernboodschap digitalisering"],
    [],
    ["Bedragen in € mln. ³", "2026", "2027", "2028", "2029", "2030", "Structureel"],
    ["Digitale Overheid ⁴", "745", "1.110", "1.355", "1.510", "1.615", "950"],
    ["Digitale Economie", "595", "1.075", "1.395", "1.575", "1.535", "1.550"],
    ["Digitale Veiligheid", "300", "355", "390", "400", "345", "405"],
    ["Digitale Samenleving", "65", "65", "75", "75", "75", "60"],
    ["Digitale Open Strategische Autonomie ⁵", "-", "-", "-", "-", "-", "-"],
    ["Totaal", "1.705", "2.605", "3.215", "3.560", "3.570", "2.965"],
    [],
    ["³ Deze bedragen zijn op vijftallen naar boven afgerond."],
    ["⁴ Dit betreft een eerste indicatie van de geraamde kosten voor realisatie van de NDS. Deze "
     "getallen komen overeen met de meest recente versie van de investeringsagenda NDS."],
    ["⁵ De bedragen voor de Digitale Open Strategische Autonomie zitten verweven in de andere vier "
     "opgaven en komen daarom niet nogmaals terug in deze tabel."],
]
NDS_RIGHT = [r if not r or r[0] != "Totaal" else
             ["Totaal", "745", "1.110", "1.355", "1.510", "1.615", "950"] for r in NDS]
for name, rows in (("kernboodschap-digitalisering.csv", KERN),
                   ("stand-van-zaken-investeringsagenda-nds.csv", NDS_RIGHT)):
    cells = [";".join(field(c) for c in list(r) + [""] * (8 - len(r))) for r in rows]
    (RULES / name).write_bytes(("\r\n".join(cells) + "\r\n").encode("utf-8-sig"))

# The NDS export cut short in transfer inside its one quoted field (the label Excel quotes for
# its ';'): the file ends before the closing quote, which the CSV parser reports.
CUT = HERE.parent.parent.parent / "rules" / "parse-error"
whole = (HERE.parent / "nds-excel-export.csv").read_bytes()
cut_at = whole.index(b'"Digitale wetgeving; wegnemen') + len(b'"Digitale wetgeving; weg')
(CUT / "csv-cut-off-inside-a-quoted-label.csv").write_bytes(whole[:cut_at])
