"""Writes the .docx fixtures as Word (Microsoft 365, Dutch) saves them: the parts and
relationships Word writes, a real footnotes part (separator and continuation separator, then one
w:footnote per note, each starting with w:footnoteRef), footnote references as
w:footnoteReference runs in the Voetnootmarkering style, tables with w:tblGrid and w:tcW, cells
spanning grid columns with w:gridSpan, vertically merged cells with w:vMerge, and a table nested
in the one cell of a borderless layout table. Two damaged copies are written for the parse-error
fixtures: one whose document relationships name a footnotes part the package does not hold, one
whose footnotes part is cut off mid-element.

Run: python3 word-document.py (from any folder)."""
import pathlib
import zipfile
from xml.sax.saxutils import escape

HERE = pathlib.Path(__file__).resolve().parent
RES = HERE.parent.parent.parent

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'mc:Ignorable="w14"')


def run(text, bold=False):
    rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def note_ref(n):
    return (f'<w:r><w:rPr><w:rStyle w:val="Voetnootmarkering"/></w:rPr>'
            f'<w:footnoteReference w:id="{n}"/></w:r>')


def para(*runs, style=None, right=False):
    ppr = ""
    if style or right:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + (
            '<w:jc w:val="right"/>' if right else "") + "</w:pPr>"
    return f'<w:p w:rsidR="00A31F52" w:rsidRDefault="00A31F52">{ppr}{"".join(runs)}</w:p>'


def cell(width, content, span=1, vmerge=None, right=False, bold=False):
    pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        pr += '<w:vMerge/>'
    if not content.startswith("<w:"):
        content = para(run(content, bold) if content else "", right=right)
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{content}</w:tc>"


def table(widths, rows, layout=False):
    borders = ('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
               '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
               if layout else "")
    style = "" if layout else '<w:tblStyle w:val="Tabelraster"/>'
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = "".join(f'<w:tr w:rsidR="00A31F52" w:rsidTr="00A31F52">{"".join(r)}</w:tr>' for r in rows)
    return (f'<w:tbl><w:tblPr>{style}<w:tblW w:w="0" w:type="auto"/>{borders}'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>{trs}</w:tbl>')


def values(vs, width=850, bold=False):
    return [cell(width, v, right=True, bold=bold) for v in vs]


# Table 1, nested in a one-cell layout table: a row-number column, footnote references in the
# header and a label, and "Totaal" spanning the number and label columns.
W1 = [454, 3600, 850, 850, 850, 850, 850, 850]
t1 = table(W1, [
    [cell(4054, para(run("Bedragen in € mln."), note_ref(1)), span=2)]
    + values(["2026", "2027", "2028", "2029", "2030", "Struc."], bold=True),
    [cell(454, "1"), cell(3600, para(run("Digitale Overheid/realisatie NDS"), note_ref(2)))]
    + values(["745", "1.110", "1.355", "1.510", "1.615", "950"]),
    [cell(454, "2"), cell(3600, "Digitale Economie")]
    + values(["595", "1.075", "1.395", "1.575", "1.535", "1.550"]),
    [cell(454, "3"), cell(3600, "Digitale Veiligheid")]
    + values(["300", "355", "390", "400", "345", "405"]),
    [cell(454, "4"), cell(3600, "Digitale Samenleving")]
    + values(["65", "65", "75", "75", "75", "60"]),
    [cell(454, "5"), cell(3600, "Digitale Open Strategische Autonomie")]
    + values(["-", "-", "-", "-", "-", "-"]),
    [cell(4054, "Totaal", span=2, bold=True)]
    + values(["1.705", "2.605", "3.215", "3.560", "3.570", "2.965"], bold=True),
])
layout = table([9154], [[cell(9154, para(run("Tabel 1 Kernboodschap digitalisering")) + t1
                              + para())]], layout=True)

# Table 2: the priority named once in a vertically merged first column; its own footnote (up to
# 5) marked in the header; the 2026 total is 10 above its parts.
W2 = [1400, 3000, 800, 800, 800, 800, 800, 800]
t2 = table(W2, [
    [cell(4400, para(run("Bedragen in € mln."), note_ref(3)), span=2)]
    + values(["2026", "2027", "2028", "2029", "2030", "Structureel"], bold=True),
    [cell(1400, "Prioriteit", vmerge="restart"), cell(3000, "Data")]
    + values(["35", "65", "90", "115", "140", "85"], 800),
    [cell(1400, "", vmerge="continue"), cell(3000, "AI")]
    + values(["40", "50", "50", "50", "50", "45"], 800),
    [cell(1400, "", vmerge="continue"), cell(3000, "Cloud")]
    + values(["60", "150", "190", "215", "225", "125"], 800),
    [cell(4400, "Totaal", span=2, bold=True)]
    + values(["145", "265", "330", "380", "415", "255"], 800, bold=True),
])

body = "".join([
    para(run("Stand van zaken Investeringsagenda NDS"), style="Kop1"),
    para(run("De tabellen hieronder geven de benodigde middelen weer.")),
    layout,
    para(run("Tabel 2 Investeringen per prioriteit")),
    t2,
    para(),
])
document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            f'<w:document {NS}><w:body>{body}<w:sectPr w:rsidR="00A31F52">'
            '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
            'w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
            '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>')


def footnote(n, text):
    return (f'<w:footnote w:id="{n}"><w:p w:rsidR="00A31F52" w:rsidRDefault="00A31F52">'
            '<w:pPr><w:pStyle w:val="Voetnoottekst"/></w:pPr><w:r><w:rPr>'
            '<w:rStyle w:val="Voetnootmarkering"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')


footnotes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             f'<w:footnotes {NS}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
             'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
             'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
             '</w:r></w:p></w:footnote>'
             + footnote(1, "De bedragen zijn afgerond op vijftallen.")
             + footnote(2, "Dit betreft de realisatie van de NDS zoals in de bijlage uitgewerkt.")
             + footnote(3, "Deze bedragen zijn op vijftallen naar boven afgerond.")
             + '</w:footnotes>')

styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          f'<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="nl-NL"/></w:rPr>'
          '</w:rPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Voetnoottekst"><w:name w:val="footnote text"/></w:style>'
          '<w:style w:type="character" w:styleId="Voetnootmarkering"><w:name w:val="footnote reference"/>'
          '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
          '<w:style w:type="table" w:styleId="Tabelraster"><w:name w:val="Table Grid"/></w:style>'
          '</w:styles>')
settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            f'<w:settings {NS}><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
            '</w:footnotePr><w:defaultTabStop w:val="708"/><w:characterSpacingControl '
            'w:val="doNotCompress"/></w:settings>')
content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
                 '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
                 '</Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')


def doc_rels(footnotes_target="footnotes.xml"):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
            f'Target="{footnotes_target}"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '</Relationships>')


core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Stand van zaken Investeringsagenda NDS</dc:title>'
        '<dc:creator>BZK</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-11-17T09:00:00Z</dcterms:created>'
        '</cp:coreProperties>')
app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')


def write(path, parts):
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


def parts(doc_rels_xml=None, footnotes_xml=footnotes, with_footnotes=True, document_xml=None):
    out = [("[Content_Types].xml", content_types), ("_rels/.rels", rels),
           ("word/document.xml", document_xml or document),
           ("word/_rels/document.xml.rels", doc_rels_xml or doc_rels())]
    if with_footnotes:
        out.append(("word/footnotes.xml", footnotes_xml))
    out += [("word/styles.xml", styles), ("word/settings.xml", settings),
            ("docProps/core.xml", core), ("docProps/app.xml", app)]
    return out


write(RES / "read/docx/word-footnotes-merged-nested.docx", parts())
write(RES / "rules/parse-error/docx-relationship-to-missing-part.docx",
      parts(doc_rels("voetnoten.xml"), with_footnotes=True))
write(RES / "rules/parse-error/docx-footnotes-part-cut-off.docx",
      parts(footnotes_xml=footnotes[: len(footnotes) // 2]))


# The two seed documents as Word documents, for the footnote-inferred reference: the
# Kernboodschap's first row labelled "Digitale Overheid" only, its footnote 4 (a real footnote,
# w:footnoteReference) saying the figures match the NDS investment agenda; and the NDS agenda.
def body(*blocks):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            f'<w:document {NS}><w:body>{"".join(blocks)}'
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
            'w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
            '</w:sectPr></w:body></w:document>')


def seed_table(caption, rows, refs=None):
    refs = refs or {}
    head = [cell(3400, para(run(caption), note_ref(3)) if refs else caption)] + [
        cell(850, y, right=True) for y in ["2026", "2027", "2028", "2029", "2030", "Struc."]]
    out = [head]
    for label, vs in rows:
        first = (cell(3400, para(run(label), note_ref(refs[label]))) if label in refs
                 else cell(3400, label, bold=label == "Totaal"))
        out.append([first] + values(vs, bold=label == "Totaal") if vs else [first] + [cell(850, "")] * 6)
    return table([3400] + [850] * 6, out)


KERN = [("Digitale Overheid", ["745", "1.110", "1.355", "1.510", "1.615", "950"]),
        ("Digitale Economie", ["595", "1.075", "1.395", "1.575", "1.535", "1.550"]),
        ("Digitale Veiligheid", ["300", "355", "390", "400", "345", "405"]),
        ("Digitale Samenleving", ["65", "65", "75", "75", "75", "60"]),
        ("Digitale Open Strategische Autonomie", ["-"] * 6),
        ("Totaal", ["1.705", "2.605", "3.215", "3.560", "3.570", "2.965"])]
NDS = [("Prioriteit", None),
       ("Data", ["35", "65", "90", "115", "140", "85"]),
       ("AI", ["40", "50", "50", "50", "50", "45"]),
       ("Cloud", ["60", "150", "190", "215", "225", "125"]),
       ("Digitaal Vakmanschap", ["30", "125", "200", "200", "210", "115"]),
       ("Burgers & ondernemers centraal", ["175", "175", "175", "175", "175", "175"]),
       ("Digitale weerbaarheid en autonomie", ["165", "235", "310", "365", "430", "225"]),
       ("Interventie", None),
       ("Standaarden", ["5", "30", "35", "45", "45", "10"]),
       ("Collectieve oplossingen, EDI", ["85", "115", "130", "160", "160", "110"]),
       ("IT-sourcing en inkoop", ["25", "20", "15", "PM", "PM", "10"]),
       ("Digitale wetgeving, wegnemen juridische belemmeringen", ["125", "145", "160", "185", "180", "50"]),
       ("Totaal", ["745", "1.110", "1.355", "1.510", "1.615", "950"])]
kern_notes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              f'<w:footnotes {NS}>'
              '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
              '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
              '</w:r></w:p></w:footnote>'
              + footnote(1, "Op verzoek is een gedetailleerde uitwerking van de bedragen beschikbaar.")
              + footnote(2, "Bij andere departementen zijn mogelijk eveneens fiches beschikbaar over "
                            "digitalisering binnen specifieke sectoren.")
              + footnote(3, "Deze bedragen zijn op vijftallen naar boven afgerond.")
              + footnote(4, "Dit betreft een eerste indicatie van de geraamde kosten voor realisatie van "
                            "de NDS. Deze getallen komen overeen met de meest recente versie van de "
                            "investeringsagenda NDS. Vanwege de genoemde onzekerheden zijn de bedragen "
                            "afgerond op vijftallen.")
              + '</w:footnotes>')
kern_doc = body(
    para(run("Kernboodschap digitalisering"), style="Kop1"),
    para(run("Indien het kabinet uitvoering wil geven aan alle digitale ambities die in dit fiche "
             "worden beschreven, ramen wij dat een structureel bedrag van afgerond \u20ac 3 miljard per "
             "jaar hiervoor nodig zal zijn."), note_ref(1), note_ref(2)),
    seed_table("Bedragen in \u20ac mln.", KERN, {"Digitale Overheid": 4}),
    para(run("")))
nds_doc = body(
    para(run("Stand van zaken - Investeringsagenda NDS"), style="Kop1"),
    para(run("Bedragen in \u20ac mln.")),
    seed_table("Investeringsagenda NDS", NDS),
    para(run("De bedragen zijn op vijftallen naar boven afgerond.")))
folder = RES / "rules/reference-inferred/footnote-names-the-table-docx"
write(folder / "kernboodschap-digitalisering.docx",
      parts(footnotes_xml=kern_notes, document_xml=kern_doc))
write(folder / "stand-van-zaken-investeringsagenda-nds.docx",
      parts(footnotes_xml=footnotes, document_xml=nds_doc))
# the same two documents with the Kernboodschap keeping a stale 1.100 for 2027
stale = RES / "rules/reference-mismatch/footnote-inferred-docx-stale"
KERN[0] = ("Digitale Overheid", ["745", "1.100", "1.355", "1.510", "1.615", "950"])
KERN[-1] = ("Totaal", ["1.705", "2.595", "3.215", "3.560", "3.570", "2.965"])
kern_stale = body(
    para(run("Kernboodschap digitalisering"), style="Kop1"),
    seed_table("Bedragen in \u20ac mln.", KERN, {"Digitale Overheid": 4}),
    para(run("")))
write(stale / "kernboodschap-digitalisering.docx",
      parts(footnotes_xml=kern_notes, document_xml=kern_stale))
write(stale / "stand-van-zaken-investeringsagenda-nds.docx",
      parts(footnotes_xml=footnotes, document_xml=nds_doc))
