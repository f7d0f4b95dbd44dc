"""Writes jaarverslag-artikel-2.txt as Word puts a document on the clipboard as plain text:
paragraphs end in CR LF, table cells are separated by tabs (an empty cell is an empty field),
each table row ends in CR LF. The text is that of a jaarverslag (annual report) paragraph with
two tables, as an analyst pastes it into a text file."""
import pathlib

rows = [
    "Artikel 2 Digitale overheid",
    "",
    "Tabel 5 Budgettaire gevolgen van beleid artikel 2",
    "Bedragen x € 1.000\tBegroting 2025\tRealisatie 2025\tVerschil",
    "Programma-uitgaven\t\t\t",
    "Subsidies\t45.000\t44.120¹\t‒ 880",
    "Opdrachten\t12.500\t13.730\t1.230",
    "Bijdragen aan agentschappen\t30.000\t30.000\t–",
    "Bijdrage medeoverheden\tnvt\t2.150\t2.150",
    "Totaal programma-uitgaven\t87.500\t90.000\t2.500",
    "",
    "¹ Inclusief de subsidies die in 2024 zijn toegezegd.",
    "Toelichting: – = niet van toepassing.",
    "",
    "Tabel 6 Intensiveringen",
    "Bedragen in € mln.\t2026\tStructureel",
    "Cloud\t60\t55",
    "AI\t40\t",
    "Totaal\t100\t95",
    "",
]
out = pathlib.Path(__file__).resolve().parent.parent / "jaarverslag-artikel-2.txt"
out.write_bytes(("\r\n".join(rows)).encode("utf-8"))
