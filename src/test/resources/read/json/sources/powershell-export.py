"""Writes the JSON rule fixtures that Windows PowerShell 5.1 makes: `ConvertTo-Json -Compress`
puts the whole agenda on one line, and `Out-File -Encoding utf8` saves it as UTF-8 with a byte
order mark and a CR LF at the end. A portal's export of the NDS sample so saved, its 2027 total
stale (1100 where the items add up to 1110), must be reported at the column an editor shows,
not three further on for the mark; and a file holding the mark alone is an empty file."""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent.parent.parent.parent
RULES = HERE.parent.parent.parent / "rules"
BOM = b"\xef\xbb\xbf"

agenda = json.loads((ROOT / "samples" / "nds-investeringsagenda-2025.json").read_text("utf-8"))
total = next(r for r in agenda["rows"] if r.get("role") == "total")
total["values"][1] = 1100
line = json.dumps(agenda, ensure_ascii=False, separators=(",", ":"))
(RULES / "rounded-total-stands-out" / "json-one-line-with-byte-order-mark.json").write_bytes(
    BOM + (line + "\r\n").encode("utf-8"))
(RULES / "parse-error" / "json-byte-order-mark-alone.json").write_bytes(BOM)
