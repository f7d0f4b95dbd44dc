"""Writes investeringsplan-gemeente.html: a council's investment plan as its council portal publishes
it (a layout table around the content, a Windows-1252 page, row numbers, programme rows spanning the
table, subtotals, blank cells written as &nbsp;, a rounding note in <tfoot>). One subtotal is
printed 10 above the sum of its items (planted error)."""
import random
import sys

r = random.Random(2026)
progs = [
    ("Programma 1 Veiligheid", ["Vervanging brandweerkazerne Noord (fase 2)", "Camerasysteem binnenstad",
        "Aanpassing meldkamer en uitrukpost Zuid, inclusief tijdelijke huisvesting tijdens de verbouwing",
        "Bluswatervoorziening buitengebied", "Vervanging tankautospuit", "Handhaving: voertuigen BOA's",
        "Verbetering veiligheid evenemententerrein"]),
    ("Programma 2 Verkeer, vervoer en waterstaat", ["Herinrichting Stationsweg", "Vervanging brug over de Oude Vaart",
        "Fietspad Hoogeveenseweg (doorfietsroute regio)", "Groot onderhoud wegen 2026-2029",
        "Openbare verlichting: vervanging door led-armaturen", "Kademuren haven, herstel na inspectie",
        "Rioolvervanging Oranjewijk", "Klimaatadaptatie: afkoppelen hemelwater", "Parkeergarage Centrum, groot onderhoud",
        "Verkeersregelinstallaties", "Bushaltes toegankelijk maken"]),
    ("Programma 3 Onderwijs", ["Nieuwbouw Integraal Kindcentrum De Horizon", "Uitbreiding Openbare Basisschool De Regenboog",
        "Renovatie gymzaal Molenstraat",
        "Tijdelijke huisvesting leerlingen voortgezet onderwijs tijdens nieuwbouw Het Lyceum",
        "Vervanging meubilair (kapitaallasten)", "Onderwijsachterstanden: huisvesting voorschool",
        "Schoolpleinen groen en gezond"]),
    ("Programma 4 Sport, cultuur en recreatie", ["Renovatie zwembad De Wetering", "Kunstgrasvelden sportpark Zuid",
        "Bibliotheek: verbouwing en verduurzaming", "Speelvoorzieningen wijken", "Theater De Schouw, vervanging stoelen en podiumtechniek",
        "Sporthal Noord, dakvervanging", "Wandel- en fietsroutes buitengebied"]),
    ("Programma 5 Volkshuisvesting en ruimtelijke ordening", ["Grondexploitatie Kloosterveld, fase 3: bouw- en woonrijp maken",
        "Verduurzaming gemeentelijk vastgoed", "Herstructurering winkelcentrum De Kolk", "Aankoop strategische gronden",
        "Woonwagenlocatie Esweg", "Transformatie kantoorpand Marktstraat tot woningen", "Stedelijke vernieuwing Zuidwijk",
        "Laadinfrastructuur elektrisch vervoer"]),
]


def fmt(v):
    if v is None:
        return "&nbsp;"
    if v == 0:
        return "-"
    return ("-" if v < 0 else "") + f"{abs(v):,}".replace(",", ".")


rows = []
nr = 0
tot = [0] * 4
for pi, (pname, items) in enumerate(progs):
    rows.append(f'<tr class="programma"><td class="nr">&nbsp;</td><td colspan="5"><strong>{pname}</strong></td></tr>')
    sub = [0] * 4
    for it in items:
        nr += 1
        vals = [r.choice([0, 0] + [r.randrange(50, 4000) * 5 for _ in range(6)]) for _ in range(4)]
        if nr == 10:
            vals[3] = None  # not yet planned
        if nr == 23:
            vals[0] = None
        for y in range(4):
            sub[y] += vals[y] or 0
        tds = "".join(f'<td class="bedrag">{fmt(v)}</td>' for v in vals)
        rows.append(f'<tr><td class="nr">{nr}</td><td class="omschrijving">{it}</td>{tds}</tr>')
    printed = list(sub)
    name = pname.split(" ", 2)[2].lower()
    if pi == 2:
        printed[2] += 10  # planted: the subtotal is 10 above its items
        print(f"planted: Subtotaal {name}, 2028: {printed[2]} printed, items add up to {sub[2]}", file=sys.stderr)
    for y in range(4):
        tot[y] += sub[y]
    tds = "".join(f'<td class="bedrag">{fmt(v)}</td>' for v in printed)
    rows.append(f'<tr class="subtotaal"><td class="nr">&nbsp;</td><td class="omschrijving">Subtotaal {name}</td>{tds}</tr>')
tds = "".join(f'<td class="bedrag">{fmt(v)}</td>' for v in tot)
rows.append(f'<tr class="totaal"><td class="nr">&nbsp;</td><td class="omschrijving">Totaal</td>{tds}</tr>')
body = "\n".join("          " + x for x in rows)
html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="nl" lang="nl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252" />
<title>Gemeente Westerveen - Programmabegroting 2026 - Investeringsplan 2026-2029</title>
<meta name="generator" content="Raadsinformatie" />
<style type="text/css">
body {{ font-family: Arial, Helvetica, sans-serif; font-size: 13px; margin: 0; background: #fff; }}
table.layout {{ width: 100%; border: 0; }}
td.menu {{ width: 150px; vertical-align: top; background: #eef3e8; padding: 8px; font-size: 11px; }}
td.inhoud {{ vertical-align: top; padding: 8px 14px; }}
h1 {{ font-size: 20px; color: #2e6b1f; }}
h2 {{ font-size: 16px; color: #2e6b1f; }}
table.begroting {{ border-collapse: collapse; width: 100%; font-size: 12px; }}
table.begroting th {{ background: #2e6b1f; color: #fff; padding: 4px; text-align: right; }}
table.begroting th.links {{ text-align: left; }}
table.begroting td {{ border-bottom: 1px solid #d0d8c8; padding: 5px 4px; }}
table.begroting td.bedrag {{ text-align: right; white-space: nowrap; width: 11%; }}
table.begroting td.nr {{ width: 4%; color: #555; }}
table.begroting tr.subtotaal td {{ font-style: italic; border-top: 1px solid #2e6b1f; }}
table.begroting tr.totaal td {{ font-weight: bold; border-top: 2px solid #2e6b1f; }}
table.begroting tfoot td {{ font-size: 11px; color: #444; border: 0; padding-top: 6px; }}
</style>
</head>
<body>
<table class="layout" cellpadding="0" cellspacing="0">
  <tr>
    <td class="menu" rowspan="2">
      <p><a href="/">Home</a></p>
      <p><a href="/raad">Gemeenteraad</a></p>
      <p><a href="/vergaderingen">Vergaderingen</a></p>
      <p><a href="/documenten">Documenten</a></p>
    </td>
    <td class="kop"><img src="/images/logo_westerveen.gif" alt="Gemeente Westerveen" width="220" height="48" /></td>
  </tr>
  <tr>
    <td class="inhoud">
      <h1>Programmabegroting 2026</h1>
      <p>Raadsvoorstel nr. 2025-114, behandeld in de raadsvergadering van 6&nbsp;november&nbsp;2025.</p>
      <h2>Bijlage 3 Investeringsplan 2026-2029</h2>
      <p>Het investeringsplan toont per programma de geplande investeringen. Een lege cel betekent dat de investering voor dat jaar nog niet is gepland.</p>
      <table class="begroting" cellspacing="0" summary="Investeringsplan 2026-2029 per programma">
        <thead>
          <tr>
            <th class="links">Nr.</th>
            <th class="links">Investering (bedragen x &euro; 1.000)</th>
            <th>2026</th>
            <th>2027</th>
            <th>2028</th>
            <th>2029</th>
          </tr>
        </thead>
        <tfoot>
          <tr><td colspan="6">Door afronding kunnen de totalen afwijken van de som der delen.</td></tr>
        </tfoot>
        <tbody>
{body}
        </tbody>
      </table>
      <p>De kapitaallasten van deze investeringen zijn verwerkt in de meerjarenraming.</p>
    </td>
  </tr>
</table>
</body>
</html>
'''
with open(sys.argv[1] if len(sys.argv) > 1 else "investeringsplan-gemeente.html", "w", encoding="cp1252", newline="\n") as f:
    f.write(html)
