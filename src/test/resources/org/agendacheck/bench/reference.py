"""What a user writes instead of agendacheck: a plain validator of one JSON agenda.

Standard library only (json and decimal). The same checks as the benchmark's planted defects need:
totals against the exact sum of the items per column (a column with an invalid cell is not
summed: the total is reported as not checked), PM cells, blank cells, invalid cells and duplicate labels within a section. Prints one
JSON object: the time of reading and checking in milliseconds, and the findings as
"rule | row | column" strings, sorted.

Usage: python3 reference.py FILE.json
"""
import json
import sys
import time
from decimal import Decimal

NOT_APPLICABLE = {"n.v.t.", "n.v.t", "nvt", "n.a.", "n/a", "..."}


def kind(value):
    if value is None:
        return "blank"
    if isinstance(value, Decimal):
        return "number"
    if isinstance(value, str):
        text = value.strip().lower()
        if text == "pm":
            return "pm"
        if text in ("-", "\u2013", "\u2014"):
            return "nil"
        if text in NOT_APPLICABLE:
            return "not-applicable"
    return "invalid"


def validate(doc):
    findings = []
    columns = [str(c) for c in doc["columns"]]
    rows = doc["rows"]
    sums = [Decimal(0)] * len(columns)
    invalid_columns = set()
    seen = set()
    totals = []
    for row in rows:
        label = row["label"]
        role = row.get("role", "item")
        section = row.get("section")
        key = ((section or "").strip().lower(), label.strip().lower())
        if key in seen:
            findings.append("duplicate-row | %s | null" % label)
        seen.add(key)
        values = row["values"]
        for c, value in enumerate(values):
            k = kind(value)
            if k == "pm":
                findings.append("pm-entry | %s | %s" % (label, columns[c]))
            elif k == "blank":
                findings.append("missing-value | %s | %s" % (label, columns[c]))
            elif k == "invalid":
                findings.append("invalid-value | %s | %s" % (label, columns[c]))
                invalid_columns.add(c)
            elif k == "number" and role == "item":
                sums[c] += value
        if role == "total":
            totals.append(row)
    for row in totals:
        for c, value in enumerate(row["values"]):
            if c in invalid_columns and kind(value) == "number":
                findings.append("sum-not-checked | %s | %s" % (row["label"], columns[c]))
                continue
            if c in invalid_columns or kind(value) != "number":
                continue
            if value != sums[c]:
                findings.append("total-sum | %s | %s" % (row["label"], columns[c]))
    return sorted(findings)


def main():
    start = time.perf_counter()
    with open(sys.argv[1], encoding="utf-8") as f:
        doc = json.load(f, parse_float=Decimal, parse_int=Decimal)
    findings = validate(doc)
    ms = (time.perf_counter() - start) * 1000
    print(json.dumps({"ms": ms, "findings": findings}))


if __name__ == "__main__":
    main()
