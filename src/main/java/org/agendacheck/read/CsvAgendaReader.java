package org.agendacheck.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agendacheck.model.Cell;
import org.agendacheck.model.Document;
import org.agendacheck.model.Formula;
import org.agendacheck.model.Problem;
import org.agendacheck.model.RowRole;
import org.agendacheck.model.Table;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV table: a header row with {@code label} and the column keys, optional {@code section}
 * and {@code role} columns, one row per line. The delimiter ({@code ,} {@code ;} or tab) is the one
 * the header row uses most; the text is UTF-8 (with or without a byte order mark) or, when the bytes
 * are not valid UTF-8, Windows-1252 as Dutch Excel writes it. Without a {@code role} column (or
 * where it is empty) the label names the role ("Totaal", "Subtotaal ..."). Metadata comes from the
 * options (a sidecar {@code NAME.meta.json}).
 */
public final class CsvAgendaReader implements AgendaReader {
  /** Larger CSV files are refused rather than read into memory. */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  @Override
  public Document read(String source, String defaultId, InputStream in, ReadOptions options)
      throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(MAX_BYTES + 1, Integer.MAX_VALUE - 8));
    if (bytes.length > MAX_BYTES) {
      return Document.unreadable(source, Problem.of("csv-too-large", "mib", MAX_BYTES >> 20));
    }
    String text = decode(bytes);
    if (text.isBlank()) {
      return Document.unreadable(source, Problem.at("csv-empty", 1, 1));
    }
    char delimiter = delimiter(text);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
        .setIgnoreSurroundingSpaces(false).setIgnoreEmptyLines(true).get();
    LineIndex lines = new LineIndex(text);
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.isEmpty()) {
        return Document.unreadable(source, Problem.at("csv-no-rows", 1, 1));
      }
      int headerAt = 0;
      boolean exported = !hasLabelColumn(records.get(0));
      if (exported) {
        headerAt = exportedHeader(records);
        if (headerAt < 0) {
          headerAt = 0;
        }
      }
      CSVRecord header = records.get(headerAt);
      int label = -1;
      int section = -1;
      int role = -1;
      int idCol = -1;
      int formulaCol = -1;
      List<Integer> valueIndex = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i).trim();
        switch (h.toLowerCase(Locale.ROOT)) {
          case "label" -> label = label < 0 ? i : label;
          case "section" -> section = section < 0 ? i : section;
          case "role" -> role = role < 0 ? i : role;
          case "id" -> idCol = idCol < 0 ? i : idCol;
          case "formula" -> formulaCol = formulaCol < 0 ? i : formulaCol;
          default -> {
            valueIndex.add(i);
            keys.add(h);
          }
        }
      }
      if (label < 0 && exported && headerAt > 0 || label < 0 && firstYear(header) > 0) {
        return exported(source, defaultId, records, headerAt, lines, delimiter, text, options);
      }
      if (label < 0) {
        int[] at = lines.at(header.getCharacterPosition());
        return Document.unreadable(source, Problem.at("csv-no-label-column", at[0], at[1],
            "found", shown(String.join(String.valueOf(delimiter), header.toList()))));
      }
      TableBuilder b = new TableBuilder(keys);
      List<Problem> problems = new ArrayList<>();
      for (int r = 1; r < records.size(); r++) {
        CSVRecord rec = records.get(r);
        if (allBlank(rec)) {
          // Excel writes an empty row of the used range as ";;;;;;"
          continue;
        }
        int[] starts = fieldStarts(text, (int) rec.getCharacterPosition(), delimiter);
        int[] rowAt = lines.at(rec.getCharacterPosition());
        List<Cell> cells = new ArrayList<>();
        for (int k = 0; k < valueIndex.size(); k++) {
          int i = valueIndex.get(k);
          if (i >= rec.size()) {
            break;
          }
          int[] at = i < starts.length ? lines.at(starts[i]) : rowAt;
          String raw = rec.get(i);
          cells.add(AmountText.read(raw, options.locale()).toCell(raw.trim(), at[0], at[1]));
        }
        // extra fields beyond the header make the row too wide, so row-width reports it
        for (int i = header.size(); i < rec.size(); i++) {
          int[] at = i < starts.length ? lines.at(starts[i]) : rowAt;
          String raw = rec.get(i);
          cells.add(AmountText.read(raw, options.locale()).toCell(raw.trim(), at[0], at[1]));
        }
        String lab = label < rec.size() ? rec.get(label) : "";
        String sec = section >= 0 && section < rec.size() ? blankToNull(rec.get(section)) : null;
        String roleText = role >= 0 && role < rec.size() ? blankToNull(rec.get(role)) : null;
        RowRole rr = roleText == null ? TableBuilder.roleOf(lab) : RowRole.parse(roleText);
        if (rr == null) {
          int[] at = role < starts.length ? lines.at(starts[role]) : rowAt;
          return Document.unreadable(source, Problem.at("csv-bad-role", at[0], at[1],
              "row", r, "label", lab.trim(), "found", roleText));
        }
        int before = b.rowCount();
        if (section < 0) {
          b.add(lab, cells, rowAt[0], rowAt[1], null, roleText == null ? null : rr);
        } else {
          b.addExplicit(lab, rr == RowRole.TOTAL ? null : sec, rr, cells, rowAt[0], rowAt[1], null);
        }
        String rowId = idCol >= 0 && idCol < rec.size() ? blankToNull(rec.get(idCol)) : null;
        String formulaText = formulaCol >= 0 && formulaCol < rec.size()
            ? blankToNull(rec.get(formulaCol)) : null;
        if (b.rowCount() > before && (rowId != null || formulaText != null)) {
          // several relations in one field, split by ';' ("3 + 6; 1 + 2 + 4 + 5"), as JSON's array
          List<Formula> formulas = new ArrayList<>();
          for (String one : formulaText == null ? new String[0] : formulaText.split(";")) {
            if (one.isBlank()) {
              continue;
            }
            try {
              formulas.add(Formula.parse(one.trim()));
            } catch (IllegalArgumentException e) {
              int[] at = formulaCol < starts.length ? lines.at(starts[formulaCol]) : rowAt;
              problems.add(Problem.at("formula-unreadable", at[0], at[1],
                  "row", r, "label", lab.trim(), "detail", e.getMessage()));
            }
          }
          b.identifyLast(rowId, formulas.isEmpty() ? null : formulas.get(0));
          b.moreFormulasLast(formulas.size() > 1 ? formulas.subList(1, formulas.size()) : List.of());
        }
      }
      TableMeta meta = options.meta();
      Table t = b.build(defaultId, 0, null, null, options.defaultRounding(),
          options.defaultRoundingSource(), meta);
      return new Document(source, List.of(t), problems);
    } catch (java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      String message = parserMessage(e);
      java.util.regex.Matcher open = UNCLOSED.matcher(message);
      return Document.unreadable(source, open.matches()
          ? Problem.at("csv-invalid", Integer.parseInt(open.group(1)), 0, "detail",
              "the quote that opens a field on line " + open.group(1) + " is never closed")
          : Problem.of("csv-invalid", "detail", message));
    }
  }

  private static final java.util.regex.Pattern UNCLOSED = java.util.regex.Pattern.compile(
      "\\(startline (\\d{1,9})\\) EOF reached before encapsulated token finished.*");

  /** The CSV parser's message (its first line), without the exception's class. */
  private static String parserMessage(RuntimeException e) {
    Throwable why = e instanceof java.io.UncheckedIOException && e.getCause() != null
        ? e.getCause() : e;
    return String.valueOf(why.getMessage()).split("\\R")[0];
  }

  private static boolean hasLabelColumn(CSVRecord r) {
    for (String f : r) {
      if (f.trim().equalsIgnoreCase("label")) {
        return true;
      }
    }
    return false;
  }

  private static boolean allBlank(CSVRecord r) {
    for (String f : r) {
      if (!f.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The index of the first field that is a year, when the fields after it are column keys. */
  private static int firstYear(CSVRecord r) {
    int years = 0;
    int first = -1;
    int names = 0;
    for (int i = 0; i < r.size(); i++) {
      String f = r.get(i).trim();
      if (TableBuilder.isYear(f)) {
        years++;
        first = first < 0 ? i : first;
      } else if (first >= 0 && !f.isEmpty()) {
        if (!TextAgendaReader.isAmountName(f)) {
          return -1;
        }
        names++;
      }
    }
    return years >= 2 || years == 1 && names >= 1 ? first : -1;
  }

  /** The header of a table as Excel exports a sheet: the first row that names years. */
  private static int exportedHeader(List<CSVRecord> records) {
    for (int r = 0; r < records.size() && r < 50; r++) {
      if (firstYear(records.get(r)) > 0) {
        return r;
      }
    }
    return -1;
  }

  /**
   * A sheet as Excel's "CSV (puntkomma-gescheiden)" writes it: title and caption rows above the
   * header, the header found by its years ("Bedragen in € mln.;2026;…"), the first text column as
   * the label, a continuation header row ("p/j" under "Structureel"), empty rows, and footnote
   * rows below the table whose rounding statements apply to it.
   */
  private static Document exported(String source, String defaultId, List<CSVRecord> records,
      int headerAt, LineIndex lines, char delimiter, String text, ReadOptions options) {
    CSVRecord header = records.get(headerAt);
    int first = firstYear(header);
    int labelCol = first - 1;
    for (int i = 0; i < first; i++) {
      if (!header.get(i).isBlank()) {
        labelCol = i;
        break;
      }
    }
    int last = header.size() - 1;
    while (last > first && header.get(last).isBlank()) {
      last--;
    }
    List<String> keys = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      keys.add(header.get(i).trim());
    }
    int r = headerAt + 1;
    // a continuation row: no label, only words under the keys ("p/j")
    while (r < records.size()) {
      CSVRecord rec = records.get(r);
      String lab = labelCol < rec.size() ? rec.get(labelCol).trim() : "";
      boolean words = false;
      boolean values = false;
      for (int i = first; i <= last && i < rec.size(); i++) {
        String f = rec.get(i).trim();
        if (f.isEmpty()) {
          continue;
        }
        if (AmountText.isValue(f, options.locale())) {
          values = true;
        } else {
          words = true;
        }
      }
      if (!lab.isEmpty() || values || !words) {
        break;
      }
      for (int i = first; i <= last && i < rec.size(); i++) {
        String f = rec.get(i).trim();
        if (!f.isEmpty()) {
          keys.set(i - first, (keys.get(i - first) + " " + f).trim());
        }
      }
      r++;
    }
    List<String> above = new ArrayList<>();
    for (int k = 0; k < headerAt; k++) {
      String t = String.join(" ", records.get(k).toList()).trim();
      if (!t.isEmpty()) {
        above.add(t);
      }
    }
    TableBuilder b = new TableBuilder(keys);
    List<String> markers = new ArrayList<>(DeclaredText.markers(String.join(" ", header.toList())));
    int headerLine = lines.at(header.getCharacterPosition())[0];
    int lastLine = headerLine;
    int end = r;
    for (; r < records.size(); r++) {
      CSVRecord rec = records.get(r);
      end = r + 1;
      if (allBlank(rec)) {
        continue;
      }
      int[] starts = fieldStarts(text, (int) rec.getCharacterPosition(), delimiter);
      int[] rowAt = lines.at(rec.getCharacterPosition());
      String lab = labelCol < rec.size() ? rec.get(labelCol) : "";
      List<Cell> cells = new ArrayList<>();
      for (int i = first; i <= last; i++) {
        String raw = i < rec.size() ? rec.get(i) : "";
        int[] at = i < starts.length ? lines.at(starts[i]) : rowAt;
        cells.add(AmountText.read(raw, options.locale()).toCell(raw.trim(), at[0], at[1]));
      }
      for (int i = last + 1; i < rec.size(); i++) {
        if (!rec.get(i).isBlank()) {
          int[] at = i < starts.length ? lines.at(starts[i]) : rowAt;
          cells.add(AmountText.read(rec.get(i), options.locale()).toCell(rec.get(i).trim(), at[0],
              at[1]));
        }
      }
      markers.addAll(DeclaredText.markers(lab));
      int[] labAt = labelCol < starts.length ? lines.at(starts[labelCol]) : rowAt;
      b.add(lab, cells, labAt[0], labAt[1], null);
      lastLine = rowAt[0];
      if (TableBuilder.roleOf(lab) == RowRole.TOTAL) {
        break;
      }
    }
    // footnote rows below the table: rounding statements and markers
    List<String> textLines = new ArrayList<>(java.util.Collections.nCopies(lastLine, ""));
    for (int k = end; k < records.size(); k++) {
      CSVRecord rec = records.get(k);
      int line = lines.at(rec.getCharacterPosition())[0];
      while (textLines.size() < line - 1) {
        textLines.add("");
      }
      textLines.add(String.join(" ", rec.toList()).trim());
    }
    for (int k = 0; k < headerAt; k++) {
      int line = lines.at(records.get(k).getCharacterPosition())[0];
      if (line - 1 < textLines.size()) {
        textLines.set(line - 1, String.join(" ", records.get(k).toList()).trim());
      }
    }
    org.agendacheck.model.Rounding rounding = options.defaultRounding();
    String roundingSource = options.defaultRoundingSource();
    DeclaredText.Statement s = DeclaredText.choose(DeclaredText.roundings(textLines), markers,
        headerLine, lastLine);
    if (s != null && s.step() != null) {
      rounding = new org.agendacheck.model.Rounding(s.mode(), s.step());
      roundingSource = s.describe("line");
    }
    String caption = labelCol >= 0 ? header.get(labelCol) : "";
    String unit = DeclaredText.unit(caption);
    for (int k = above.size() - 1; unit == null && k >= 0; k--) {
      unit = DeclaredText.unit(above.get(k));
    }
    String title = above.isEmpty() ? null : above.get(0);
    b.footnotes(Footnotes.below(textLines, lastLine));
    Table t = b.build(defaultId, 0, title, unit, rounding, roundingSource, options.meta());
    return new Document(source, List.of(t), List.of());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** UTF-8 (a byte order mark dropped) when the bytes are valid UTF-8, else Windows-1252. */
  static String decode(byte[] bytes) {
    int start = ByteOrderMark.startsWith(bytes) ? ByteOrderMark.LENGTH : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /** The delimiter the first line uses most, outside quotes: ';', tab or ','. */
  static char delimiter(String text) {
    int semi = 0;
    int tab = 0;
    int comma = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (semi + tab + comma > 0) {
          break;
        }
      } else if (!quoted) {
        switch (c) {
          case ';' -> semi++;
          case '\t' -> tab++;
          case ',' -> comma++;
          default -> { }
        }
      }
    }
    if (semi >= tab && semi >= comma && semi > 0) {
      return ';';
    }
    return tab >= comma && tab > 0 ? '\t' : ',';
  }

  /** The character offset where each field of the record starting at {@code start} begins. */
  private static int[] fieldStarts(String text, int start, char delimiter) {
    List<Integer> out = new ArrayList<>();
    out.add(start);
    boolean quoted = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == delimiter) {
        out.add(i + 1);
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Maps character offsets to 1-based line and column. */
  static final class LineIndex {
    private final List<Integer> starts = new ArrayList<>();

    LineIndex(String text) {
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          starts.add(i + 1);
        }
      }
    }

    int[] at(long offset) {
      int lo = 0;
      int hi = starts.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts.get(mid) <= offset) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return new int[] {lo + 1, (int) (offset - starts.get(lo)) + 1};
    }
  }

  /** Text of a source as a message shows it: printable, and short (a binary file is no header). */
  private static String shown(String text) {
    String printable = text.replaceAll("[\\p{Cc}\\p{Cs}\\p{Co}\\p{Cn}\uFFFD]", "?");
    return printable.length() <= 80 ? printable : printable.substring(0, 77) + "...";
  }
}
