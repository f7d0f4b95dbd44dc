package org.agendacheck.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.agendacheck.model.Cell;
import org.agendacheck.model.CellKind;
import org.agendacheck.model.Column;
import org.agendacheck.model.ColumnKind;
import org.agendacheck.model.Document;
import org.agendacheck.model.Problem;
import org.agendacheck.model.Rounding;
import org.agendacheck.model.Row;
import org.agendacheck.model.Table;

/**
 * Reads the tables in plain text taken out of a published document. A header is a line with two or
 * more consecutive years ("Bedragen in € mln. 2026 2027 2028"), optionally followed by more column
 * names, which may stand on lines of their own ("Structureel", "p/j"). Rows are a label followed by
 * numbers, PM or dashes, separated by tabs or spaces; a short line with no values right before a row
 * opens a section; the table ends after its total row or at the first line that is neither a row
 * nor a section. Prose is never a table. The unit and the rounding come from the header and from
 * footnotes or sentences near the table.
 */
public final class TextAgendaReader implements AgendaReader {
  static final long MAX_BYTES = 64L * 1024 * 1024;
  private static final int MAX_SECTION_LABEL = 60;

  @Override
  public Document read(String source, String defaultId, InputStream in, ReadOptions options)
      throws IOException {
    byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      return Document.unreadable(source, Problem.of("text-too-large", "mib", MAX_BYTES >> 20));
    }
    List<String> lines = List.of(CsvAgendaReader.decode(bytes).split("\\R", -1));
    List<DeclaredText.Statement> statements = DeclaredText.roundings(lines);
    List<Table> tables = new ArrayList<>();
    boolean dashNotApplicable = lines.stream().anyMatch(AmountText::declaresDashNotApplicable);
    int i = 0;
    while (i < lines.size()) {
      Header h = header(lines.get(i));
      if (h == null) {
        i++;
        continue;
      }
      int end = table(lines, i, h, options, statements, defaultId, tables, dashNotApplicable);
      i = Math.max(end, i + 1);
    }
    if (tables.isEmpty()) {
      return Document.unreadable(source, Problem.of("text-no-table"));
    }
    return new Document(source, tables, List.of());
  }

  /** A header line: the text before the years, and the column names. */
  private record Header(String caption, List<String> keys) {}

  private static Header header(String line) {
    List<Token> tokens = tokens(line);
    int first = -1;
    for (int k = 0; k + 1 < tokens.size(); k++) {
      if (TableBuilder.isYear(tokens.get(k).text) && TableBuilder.isYear(tokens.get(k + 1).text)) {
        first = k;
        break;
      }
    }
    if (first < 0) {
      return null;
    }
    List<String> keys = new ArrayList<>();
    int k = first;
    while (k < tokens.size() && TableBuilder.isYear(tokens.get(k).text)) {
      keys.add(tokens.get(k).text);
      k++;
    }
    if (k < tokens.size()) {
      boolean tabs = line.indexOf('\t') >= 0;
      if (tabs) {
        for (; k < tokens.size(); k++) {
          if (AmountText.isValue(tokens.get(k).text, NumberLocale.NL)) {
            return null;
          }
          keys.add(tokens.get(k).text);
        }
      } else {
        String rest = line.substring(tokens.get(k).start).trim();
        if (rest.chars().anyMatch(Character::isDigit) || rest.length() > 40) {
          return null;
        }
        keys.add(rest);
      }
    }
    return new Header(line.substring(0, tokens.get(first).start).trim(), keys);
  }

  /** Reads one table from its header line; returns the index of the first line after it. */
  private static int table(List<String> lines, int headerAt, Header h, ReadOptions options,
      List<DeclaredText.Statement> statements, String defaultId, List<Table> tables,
      boolean dashNotApplicable) {
    List<String> keys = new ArrayList<>(h.keys());
    int i = headerAt + 1;
    // header words on lines of their own ("Structureel" / "p/j")
    while (i < lines.size()) {
      String l = lines.get(i).trim();
      if (l.isEmpty()) {
        i++;
        continue;
      }
      if (valueRow(lines.get(i), options.locale(), keys.size()) != null) {
        break;
      }
      String last = keys.get(keys.size() - 1);
      if (!TableBuilder.isYear(last) && structural(last + " " + l)) {
        keys.set(keys.size() - 1, last + " " + l);
      } else if (structural(l)) {
        keys.add(l);
      } else {
        break;
      }
      i++;
    }
    TableBuilder b = new TableBuilder(keys);
    List<String> markers = new ArrayList<>(DeclaredText.markers(lines.get(headerAt)));
    int maxScale = 0;
    int lastRow = headerAt;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank()) {
        i++;
        continue;
      }
      ValueRow r = valueRow(line, options.locale(), keys.size());
      if (r != null) {
        List<Cell> cells = new ArrayList<>();
        for (Token t : r.values) {
          AmountText.Reading reading = AmountText.read(t.text, options.locale(), dashNotApplicable);
          cells.add(reading.toCell(t.text, i + 1, t.start + 1));
          if (reading.kind() == CellKind.NUMBER) {
            maxScale = Math.max(maxScale, reading.amount().scale());
          }
        }
        markers.addAll(DeclaredText.markers(r.label));
        b.add(r.label, cells, i + 1, r.labelStart + 1, null);
        lastRow = i;
        i++;
        if (TableBuilder.roleOf(r.label) == org.agendacheck.model.RowRole.TOTAL) {
          break;
        }
        continue;
      }
      String label = line.trim();
      int next = i + 1;
      while (next < lines.size() && lines.get(next).isBlank()) {
        next++;
      }
      boolean sectionRow = label.length() <= MAX_SECTION_LABEL && !label.endsWith(".")
          && next < lines.size() && valueRow(lines.get(next), options.locale(), keys.size()) != null;
      if (!sectionRow) {
        break;
      }
      b.add(label, List.of(), i + 1, line.indexOf(label.charAt(0)) + 1, null);
      i++;
    }
    if (!b.hasRows()) {
      return i;
    }
    Rounding rounding = Rounding.NONE;
    String roundingSource = null;
    DeclaredText.Statement s = DeclaredText.choose(statements, markers, headerAt + 1, lastRow + 1);
    if (s != null) {
      BigDecimal step = s.step() != null ? s.step() : BigDecimal.ONE.movePointLeft(maxScale);
      rounding = new Rounding(s.mode(), step);
      roundingSource = s.describe("line") + (s.step() == null ? ", at the last digit shown" : "");
    }
    String title = title(lines, headerAt);
    tables.add(b.build(defaultId, tables.size(), title, DeclaredText.unit(h.caption()), rounding,
        roundingSource, options.meta()));
    return i;
  }

  private static boolean structural(String key) {
    return Column.classify(key).getKind() == ColumnKind.STRUCTURAL;
  }

  /** The nearest short line above the header, within five lines, as the table's title. */
  private static String title(List<String> lines, int headerAt) {
    for (int k = headerAt - 1; k >= 0 && k >= headerAt - 5; k--) {
      String l = lines.get(k).trim();
      if (!l.isEmpty()) {
        return l.length() <= 120 && !l.endsWith(".") ? l : null;
      }
    }
    return null;
  }

  /** A label and the value tokens after it. */
  private record ValueRow(String label, int labelStart, List<Token> values) {}

  /**
   * The line as a table row, or null: a label followed by value tokens (numbers, PM, dashes); at
   * least two values unless the table has one column.
   */
  private static ValueRow valueRow(String line, NumberLocale locale, int columns) {
    List<Token> tokens = tokens(line);
    if (tokens.size() < 2) {
      return null;
    }
    boolean tabs = line.indexOf('\t') >= 0;
    List<Token> values = new ArrayList<>();
    int k = tokens.size() - 1;
    for (; k >= 1; k--) {
      String t = tokens.get(k).text;
      if (t.equals("\u20AC")) {
        continue;
      }
      if (!AmountText.isValue(t, locale) || (tabs && k == 0)) {
        break;
      }
      values.add(0, tokens.get(k));
    }
    // a label may end in a number ("Fase 2"): give back values beyond the column count
    while (values.size() > columns && !tabs) {
      values.remove(0);
    }
    if (values.isEmpty() || (values.size() < 2 && columns > 1)) {
      return null;
    }
    int labelEnd = values.get(0).start;
    String label = line.substring(0, labelEnd).replace("\u20AC", " ").trim();
    if (label.isEmpty() || !label.chars().anyMatch(Character::isLetter)) {
      return null;
    }
    return new ValueRow(label, line.indexOf(label.charAt(0)), values);
  }

  /** A token and its 0-based start in the line. */
  private record Token(String text, int start) {}

  /** Tab-separated fields when the line has tabs, else runs of spaces separate tokens. */
  private static List<Token> tokens(String line) {
    List<Token> out = new ArrayList<>();
    if (line.indexOf('\t') >= 0) {
      int start = 0;
      for (int i = 0; i <= line.length(); i++) {
        if (i == line.length() || line.charAt(i) == '\t') {
          String f = line.substring(start, i);
          if (!f.isBlank()) {
            int lead = 0;
            while (Character.isWhitespace(f.charAt(lead))) {
              lead++;
            }
            out.add(new Token(f.trim(), start + lead));
          }
          start = i + 1;
        }
      }
      return out;
    }
    int i = 0;
    while (i < line.length()) {
      while (i < line.length() && line.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < line.length() && line.charAt(i) != ' ') {
        i++;
      }
      if (i > start) {
        out.add(new Token(line.substring(start, i), start));
      }
    }
    return out;
  }
}
