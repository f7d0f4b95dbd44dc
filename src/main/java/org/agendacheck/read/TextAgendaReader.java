package org.agendacheck.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.agendacheck.model.Cell;
import org.agendacheck.model.CellKind;
import org.agendacheck.model.Column;
import org.agendacheck.model.ColumnKind;
import org.agendacheck.model.Document;
import org.agendacheck.model.Problem;
import org.agendacheck.model.Rounding;
import org.agendacheck.model.Row;
import org.agendacheck.model.RowRole;
import org.agendacheck.model.Table;

/**
 * Reads the tables in plain text taken out of a published document: cells separated by runs of
 * spaces, by tabs, or by {@code |} (Markdown and pandoc pipe tables, whose {@code |---|} rule lines
 * are skipped). A header is a line with two or more consecutive years ("Bedragen in € mln. 2026
 * 2027 2028"), or, where cells are separated, a line whose cells after the caption are all years
 * and amount column names ("Voted", "Begroting", "Realisatie", "Total", …) with a value row below
 * it. A line of group names above the header ("Change | | New DEL") names the columns below it
 * ("New DEL: Voted"). More column names may stand on lines of their own ("Structureel", "p/j").
 * Rows are a label followed by numbers, PM, dashes or not-applicable marks; a blank cell keeps its
 * column (by the field it stands in where cells are separated, by the header's column positions in
 * space-aligned text). A short line with no values right before a row opens a section. The table
 * ends at the first line that is neither a row nor a section, or after its total row unless memo
 * rows or the total's own parts (indented below it) follow. Prose is never a table. The unit and
 * the rounding come from the header and from footnotes or sentences near the table.
 */
public final class TextAgendaReader implements AgendaReader {
  static final long MAX_BYTES = 64L * 1024 * 1024;
  private static final int MAX_SECTION_LABEL = 60;
  /** Longer lines are no header and no rule line: the patterns are not tried on them. */
  private static final int MAX_ROW_CHARS = 20_000;
  private static final Pattern RULE_LINE = Pattern.compile("^\\s*\\|?[\\s:|+]*[-=_]{3,}[-=_\\s:|+]*$");
  /** Markdown's backslash escapes ("537,7\\*", "\\(320\\)", "\\-"), as pandoc writes them. */
  private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
  private static final Pattern YEAR_SUFFIX = Pattern.compile(
      "\\s+(?:(?:19|20|21)\\d\\d(?:\\s*[-/\u2013]\\s*\\d{2,4})?)$");
  private static final Pattern BOLD = Pattern.compile("^\\*\\*(.+)\\*\\*$|^__(.+)__$");
  /**
   * Column names that mark an amount column in a header without years, compared in lower case
   * without a footnote mark.
   */
  static final Set<String> AMOUNT_NAMES = Set.of("voted", "non-voted", "non voted", "total",
      "totaal", "begroting", "ontwerpbegroting", "vastgestelde begroting", "realisatie", "verschil",
      "raming", "mutatie", "mutaties", "stand", "saldo", "budget", "outturn", "estimate", "estimates",
      "plans", "plan", "actual", "actuals", "difference", "variance", "forecast", "amount", "bedrag",
      "uitgaven", "ontvangsten", "verplichtingen", "resource", "capital", "change", "net change",
      "oud", "nieuw", "old", "new", "ontwerp", "suppletoire begroting", "1e suppletoire begroting",
      "2e suppletoire begroting", "slotwet", "jaarverslag");
  private static final Set<String> TOTAL_NAMES = Set.of("total", "totaal", "totaal generaal");

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
      Header h = header(lines, i, options.locale());
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

  /** How a line separates its cells. */
  private enum Mode { SPACE, TAB, PIPE }

  /** A cell of a line: its text (trimmed) and its 0-based start and end in the line. */
  private record Field(String text, int start, int end) {
    boolean blank() {
      return text.isEmpty();
    }
  }

  /**
   * A header: the caption before the columns, the column keys, how its line separates cells, the
   * field index of the first column (separated cells) or each column's span in the line (spaces).
   */
  private record Header(String caption, List<String> keys, List<Column> columns, Mode mode,
      int firstField, List<Field> spans, int top) {
    Header(String caption, List<String> keys, List<Column> columns, Mode mode, int firstField,
        List<Field> spans) {
      this(caption, keys, columns, mode, firstField, spans, -1);
    }
  }

  private static Mode mode(String line) {
    String t = line.trim();
    if (t.startsWith("|") || AmountText.count(t, '|') >= 2 && t.contains(" | ")) {
      return Mode.PIPE;
    }
    return line.indexOf('\t') >= 0 ? Mode.TAB : Mode.SPACE;
  }

  private static boolean isRuleLine(String line) {
    return line.length() < MAX_ROW_CHARS && RULE_LINE.matcher(line).matches();
  }

  /** The line's cells: every field (blank ones kept) where cells are separated, else its tokens. */
  private static List<Field> fields(String line, Mode mode) {
    List<Field> out = new ArrayList<>();
    if (mode == Mode.SPACE) {
      return tokens(line);
    }
    char sep = mode == Mode.PIPE ? '|' : '\t';
    int from = 0;
    int to = line.length();
    if (mode == Mode.PIPE) {
      String t = line.strip();
      from = line.indexOf(t.isEmpty() ? "|" : t.substring(0, 1));
      to = from + t.length();
      if (from < to && line.charAt(from) == '|') {
        from++;
      }
      if (to > from && line.charAt(to - 1) == '|') {
        to--;
      }
    }
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i < to && mode == Mode.PIPE && line.charAt(i) == '\\') {
        i++;
        continue;
      }
      if (i == to || line.charAt(i) == sep) {
        String raw = line.substring(start, Math.min(i, to));
        String text = raw.strip();
        if (mode == Mode.PIPE) {
          text = MARKDOWN_ESCAPE.matcher(text).replaceAll("$1");
        }
        int lead = raw.length() - raw.stripLeading().length();
        out.add(new Field(text, start + lead, start + lead + raw.strip().length()));
        start = i + 1;
      }
    }
    return out;
  }

  /** Runs of spaces separate tokens; "-/- 25" is one token, as is a lone dash before a number. */
  private static List<Field> tokens(String line) {
    List<Field> out = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (i > start) {
        String t = line.substring(start, i);
        if (!out.isEmpty() && out.get(out.size() - 1).text().equals("-/-")
            && start - out.get(out.size() - 1).end() == 1) {
          Field prev = out.remove(out.size() - 1);
          out.add(new Field(line.substring(prev.start(), i), prev.start(), i));
        } else {
          out.add(new Field(t, start, i));
        }
      }
    }
    return out;
  }

  /** Runs of two or more spaces separate the column names of a space-aligned header. */
  private static List<Field> phrases(String line, int from) {
    List<Field> out = new ArrayList<>();
    int i = from;
    while (i < line.length()) {
      while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < line.length() && !(Character.isWhitespace(line.charAt(i))
          && (i + 1 >= line.length() || Character.isWhitespace(line.charAt(i + 1))
          || line.charAt(i) == '\t'))) {
        i++;
      }
      if (i > start) {
        out.add(new Field(line.substring(start, i), start, i));
      }
    }
    return out;
  }

  private static String plainKey(String key) {
    return TableBuilder.cleanLabel(key).replace("*", "").replaceAll("[:.]$", "").trim()
        .toLowerCase(Locale.ROOT);
  }

  static boolean isAmountName(String key) {
    String k = plainKey(key);
    String bare = YEAR_SUFFIX.matcher(k).replaceFirst("").trim();
    return AMOUNT_NAMES.contains(k) || AMOUNT_NAMES.contains(bare) || structural(k);
  }

  private static Header header(List<String> lines, int at, NumberLocale locale) {
    String line = lines.get(at);
    if (line.length() > MAX_ROW_CHARS || line.isBlank() || isRuleLine(line)) {
      return null;
    }
    Mode mode = mode(line);
    List<Field> fs = fields(line, mode);
    Header years = yearHeader(line, fs, mode);
    if (years == null && mode != Mode.SPACE) {
      years = namedHeader(lines, at, fs, mode, locale);
    }
    if (years == null && mode == Mode.SPACE) {
      years = spacedNamedHeader(lines, at, locale);
    }
    if (years == null) {
      return null;
    }
    return grouped(lines, at, years);
  }

  /** The existing rule: two consecutive years, then more column names. */
  private static Header yearHeader(String line, List<Field> fs, Mode mode) {
    int first = -1;
    for (int k = 0; k + 1 < fs.size(); k++) {
      if (TableBuilder.isYear(fs.get(k).text())) {
        int next = k + 1;
        if (TableBuilder.isYear(fs.get(next).text())) {
          first = k;
          break;
        }
      }
    }
    if (first < 0) {
      return null;
    }
    List<String> keys = new ArrayList<>();
    List<Field> spans = new ArrayList<>();
    int k = first;
    while (k < fs.size() && TableBuilder.isYear(fs.get(k).text())) {
      keys.add(fs.get(k).text());
      spans.add(fs.get(k));
      k++;
    }
    if (k < fs.size()) {
      if (mode != Mode.SPACE) {
        for (; k < fs.size(); k++) {
          Field f = fs.get(k);
          if (f.blank() && k == fs.size() - 1) {
            break;
          }
          if (AmountText.isValue(f.text(), NumberLocale.NL) && !TableBuilder.isYear(f.text())) {
            return null;
          }
          keys.add(f.text());
          spans.add(f);
        }
      } else {
        String rest = line.substring(fs.get(k).start()).trim();
        if (rest.chars().anyMatch(Character::isDigit) || rest.length() > 40) {
          return null;
        }
        keys.add(rest);
        spans.add(new Field(rest, fs.get(k).start(), line.length()));
      }
    }
    String caption = mode == Mode.SPACE ? line.substring(0, fs.get(first).start()).trim()
        : joined(fs.subList(0, first));
    return new Header(caption, keys, null, mode, first, spans);
  }

  /** Separated cells: a caption, then only years and amount names, with a value row below. */
  private static Header namedHeader(List<String> lines, int at, List<Field> fs, Mode mode,
      NumberLocale locale) {
    if (fs.size() < 2) {
      return null;
    }
    int first = 1;
    int years = 0;
    int names = 0;
    int last = fs.size() - 1;
    while (last > first && fs.get(last).blank()) {
      last--;
    }
    for (int k = first; k <= last; k++) {
      String t = fs.get(k).text();
      if (TableBuilder.isYear(t)) {
        years++;
      } else if (isAmountName(t)) {
        names++;
      } else {
        return null;
      }
    }
    if (years + names == 0 || years == 0 && names < 2 && !(names == 1 && last == first)) {
      return null;
    }
    int next = nextContent(lines, at + 1);
    if (next < 0 || mode(lines.get(next)) != mode) {
      return null;
    }
    List<Field> row = fields(lines.get(next), mode);
    boolean values = false;
    for (int k = first; k < row.size(); k++) {
      values |= AmountText.isValue(row.get(k).text(), locale);
    }
    if (!values && !row.isEmpty()) {
      // a section row may come first: look one row further
      int after = nextContent(lines, next + 1);
      if (after < 0 || mode(lines.get(after)) != mode) {
        return null;
      }
      List<Field> r2 = fields(lines.get(after), mode);
      for (int k = first; k < r2.size(); k++) {
        values |= AmountText.isValue(r2.get(k).text(), locale);
      }
      if (!values) {
        return null;
      }
    }
    List<String> keys = new ArrayList<>();
    List<Field> spans = new ArrayList<>();
    for (int k = first; k <= last; k++) {
      keys.add(fs.get(k).text());
      spans.add(fs.get(k));
    }
    return new Header(fs.get(0).text(), keys, null, mode, first, spans);
  }

  /** Space-aligned: a caption, then amount names separated by two or more spaces. */
  private static Header spacedNamedHeader(List<String> lines, int at, NumberLocale locale) {
    String line = lines.get(at);
    List<Field> ps = phrases(line, 0);
    if (ps.size() < 2) {
      return null;
    }
    int first = isAmountName(ps.get(0).text()) ? 0 : 1;
    int years = 0;
    for (int k = first; k < ps.size(); k++) {
      String t = ps.get(k).text();
      if (TableBuilder.isYear(t)) {
        years++;
      } else if (!isAmountName(t)) {
        return null;
      }
    }
    int names = ps.size() - first - years;
    if (names < 2 && !(names >= 1 && years >= 1) && !(names == 1 && ps.size() - first == 1)) {
      return null;
    }
    int next = nextContent(lines, at + 1);
    if (next < 0 || valueRow(lines.get(next), locale, ps.size() - first, null) == null) {
      return null;
    }
    List<String> keys = new ArrayList<>();
    List<Field> spans = new ArrayList<>();
    for (int k = first; k < ps.size(); k++) {
      keys.add(ps.get(k).text());
      spans.add(ps.get(k));
    }
    return new Header(first == 0 ? "" : ps.get(0).text(), keys, null, Mode.SPACE, first, spans);
  }

  /**
   * The header with the group names of the line above it, when that line names groups over the
   * columns ("Change | | New DEL"): keys become "Change: Voted"; repeated years become amount
   * columns; a "Total" column adds the other columns of its group.
   */
  private static Header grouped(List<String> lines, int at, Header h) {
    List<String> groups = new ArrayList<>();
    for (int c = 0; c < h.keys().size(); c++) {
      groups.add(null);
    }
    boolean any = false;
    int up = at - 1;
    if (up > 0 && isRuleLine(lines.get(up))) {
      up--;
    }
    if (up >= 0 && !lines.get(up).isBlank() && lines.get(up).length() < MAX_ROW_CHARS
        && !isRuleLine(lines.get(up))) {
      String above = lines.get(up);
      if (mode(above) == h.mode() && h.mode() != Mode.SPACE) {
        List<Field> g = fields(above, h.mode());
        boolean ok = g.size() >= h.firstField() + 1;
        for (Field f : g) {
          ok &= f.blank() || !AmountText.isValue(f.text(), NumberLocale.NL)
              && !TableBuilder.isYear(f.text());
        }
        String current = null;
        for (int c = 0; ok && c < h.keys().size(); c++) {
          int fi = h.firstField() + c;
          if (fi < g.size() && !g.get(fi).blank()) {
            current = BOLD_OFF(g.get(fi).text());
          }
          groups.set(c, current);
          any |= current != null;
        }
      } else if (h.mode() == Mode.SPACE && !h.spans().isEmpty()) {
        List<Field> g = phrases(above, 0);
        int firstStart = h.spans().get(0).start();
        boolean ok = !g.isEmpty() && g.get(0).start() >= firstStart - 2;
        for (Field f : g) {
          ok &= !AmountText.isValue(f.text(), NumberLocale.NL) && !TableBuilder.isYear(f.text())
              && !f.text().endsWith(".");
        }
        for (int c = 0; ok && c < h.keys().size(); c++) {
          Field span = h.spans().get(c);
          String current = null;
          for (Field f : g) {
            if (f.start() <= span.end()) {
              current = f.text();
            }
          }
          groups.set(c, current);
          any |= current != null;
        }
        // a lone group over only some columns is a title, not a group line
        ok &= any;
      }
    }
    List<String> keys = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    boolean repeated = false;
    for (String k : h.keys()) {
      if (TableBuilder.isYear(k)) {
        repeated |= !seen.add(Integer.valueOf(k.trim()));
      }
    }
    for (int c = 0; c < h.keys().size(); c++) {
      String k = BOLD_OFF(h.keys().get(c));
      keys.add(groups.get(c) == null ? k : groups.get(c) + ": " + k);
    }
    List<Column> columns = new ArrayList<>();
    for (int c = 0; c < keys.size(); c++) {
      String raw = BOLD_OFF(h.keys().get(c));
      String key = keys.get(c);
      if (TableBuilder.isYear(raw)) {
        columns.add(repeated ? new Column(key, ColumnKind.AMOUNT, null)
            : new Column(key, ColumnKind.YEAR, Integer.valueOf(raw.trim())));
      } else if (TOTAL_NAMES.contains(plainKey(raw))) {
        List<String> parts = new ArrayList<>();
        for (int p = 0; p < c; p++) {
          boolean sameGroup = java.util.Objects.equals(groups.get(p), groups.get(c));
          if (sameGroup && !TOTAL_NAMES.contains(plainKey(h.keys().get(p)))
              && columns.get(p).isAmount() && columns.get(p).getYear() == null) {
            parts.add(keys.get(p));
          }
        }
        boolean overYears = columns.stream().anyMatch(x -> x.getYear() != null);
        columns.add(!parts.isEmpty() ? new Column(key, ColumnKind.TOTAL, null,
            String.join(" + ", parts)) : overYears ? new Column(key, ColumnKind.TOTAL, null)
            : new Column(key, ColumnKind.AMOUNT, null));
      } else if (structural(raw)) {
        columns.add(new Column(key, ColumnKind.STRUCTURAL, null));
      } else if (isAmountName(raw)) {
        columns.add(new Column(key, ColumnKind.AMOUNT, null));
      } else {
        columns.add(Column.classify(key));
      }
    }
    return new Header(h.caption(), keys, columns, h.mode(), h.firstField(), h.spans(),
        any ? up : at);
  }

  private static String BOLD_OFF(String s) {
    java.util.regex.Matcher m = BOLD.matcher(s.trim());
    return m.matches() ? (m.group(1) != null ? m.group(1) : m.group(2)).trim() : s.trim();
  }

  private static String joined(List<Field> fs) {
    StringBuilder b = new StringBuilder();
    for (Field f : fs) {
      if (!f.blank()) {
        b.append(b.length() == 0 ? "" : " ").append(f.text());
      }
    }
    return b.toString();
  }

  private static int nextContent(List<String> lines, int from) {
    for (int k = from; k < lines.size() && k < from + 4; k++) {
      if (!lines.get(k).isBlank() && !isRuleLine(lines.get(k))) {
        return k;
      }
    }
    return -1;
  }

  /** A row as read: label, where it starts, its cells, and whether a rule line stands above it. */
  private record Read(String label, int line, int labelStart, List<Cell> cells, boolean bold,
      boolean ruleAbove) {}

  /** Reads one table from its header line; returns the index of the first line after it. */
  private static int table(List<String> lines, int headerAt, Header h, ReadOptions options,
      List<DeclaredText.Statement> statements, String defaultId, List<Table> tables,
      boolean dashNotApplicable) {
    List<String> keys = new ArrayList<>(h.keys());
    List<Column> columns = new ArrayList<>(h.columns());
    int i = headerAt + 1;
    // header words on lines of their own ("Structureel" / "p/j")
    while (i < lines.size() && h.mode() == Mode.SPACE) {
      String l = lines.get(i).trim();
      if (l.isEmpty()) {
        i++;
        continue;
      }
      if (valueRow(lines.get(i), options.locale(), keys.size(), null) != null) {
        break;
      }
      String last = keys.get(keys.size() - 1);
      if (!TableBuilder.isYear(last) && structural(last + " " + l)) {
        keys.set(keys.size() - 1, last + " " + l);
        columns.set(columns.size() - 1, Column.classify(last + " " + l));
      } else if (structural(l)) {
        keys.add(l);
        columns.add(Column.classify(l));
      } else {
        break;
      }
      i++;
    }
    List<Field> spans = h.mode() == Mode.SPACE && h.spans().size() == keys.size() ? h.spans()
        : null;
    List<String> markers = new ArrayList<>(DeclaredText.markers(lines.get(headerAt)));
    List<Read> rows = new ArrayList<>();
    int maxScale = 0;
    int lastRow = headerAt;
    boolean rule = false;
    int totalAt = -1;
    int totalIndent = -1;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank()) {
        i++;
        continue;
      }
      if (isRuleLine(line)) {
        rule = true;
        i++;
        continue;
      }
      if (header(lines, i, options.locale()) != null) {
        break;
      }
      Parsed r = h.mode() == Mode.SPACE || mode(line) == Mode.SPACE
          ? valueRow(line, options.locale(), keys.size(), spans)
          : fieldRow(line, h, keys.size(), options.locale());
      if (r != null && r.values().isEmpty() && h.mode() != Mode.SPACE) {
        // separated cells with a label and no values: a section row
        if (!sectionFits(lines, i, h, keys.size(), options, spans)) {
          break;
        }
        rows.add(new Read(r.label(), i + 1, r.labelStart() + 1, List.of(), r.bold(), rule));
        rule = false;
        i++;
        continue;
      }
      if (r != null) {
        String clean = TableBuilder.cleanLabel(r.label());
        if (totalAt >= 0) {
          // after the total: memo rows, or the total's parts indented below it
          boolean memo = TableBuilder.roleOf(clean) == RowRole.MEMO;
          boolean part = r.labelStart() > totalIndent;
          if (!memo && !part) {
            break;
          }
        }
        List<Cell> cells = new ArrayList<>();
        for (Field t : r.values()) {
          if (t.blank()) {
            cells.add(Cell.of(CellKind.BLANK, "", i + 1, t.start() + 1));
            continue;
          }
          AmountText.Reading reading = AmountText.read(t.text(), options.locale(),
              dashNotApplicable);
          cells.add(reading.toCell(t.text(), i + 1, t.start() + 1));
          if (reading.kind() == CellKind.NUMBER) {
            maxScale = Math.max(maxScale, reading.amount().scale());
          }
        }
        markers.addAll(DeclaredText.markers(r.label()));
        rows.add(new Read(r.label(), i + 1, r.labelStart() + 1, cells, r.bold(), rule));
        rule = false;
        lastRow = i;
        i++;
        if (totalAt < 0 && TableBuilder.roleOf(clean) == RowRole.TOTAL) {
          totalAt = rows.size() - 1;
          totalIndent = r.labelStart();
        }
        continue;
      }
      if (h.mode() != Mode.SPACE && mode(line) != Mode.SPACE) {
        break;
      }
      String label = line.trim();
      if (!sectionFits(lines, i, h, keys.size(), options, spans)
          || label.length() > MAX_SECTION_LABEL || label.endsWith(".")) {
        break;
      }
      rows.add(new Read(label, i + 1, line.indexOf(label.charAt(0)) + 1, List.of(), false, rule));
      rule = false;
      i++;
    }
    TableBuilder b = new TableBuilder(columns, true);
    boolean any = false;
    for (int k = 0; k < rows.size(); k++) {
      Read r = rows.get(k);
      RowRole given = r.cells().isEmpty() ? null : roleOf(rows, k);
      int before = b.rowCount();
      b.add(r.label(), r.cells(), r.line(), r.labelStart(), null, given);
      if (given == null && b.rowCount() > before
          && TableBuilder.namesTotal(TableBuilder.cleanLabel(BOLD_OFF(r.label())))) {
        b.possibleTotalLast();
      }
      any |= !r.cells().isEmpty();
    }
    if (!any) {
      return i;
    }
    Rounding rounding = null;
    String roundingSource = null;
    DeclaredText.Statement s = DeclaredText.choose(statements, markers, headerAt + 1, lastRow + 1);
    if (s != null) {
      BigDecimal step = s.step() != null ? s.step() : BigDecimal.ONE.movePointLeft(maxScale);
      rounding = new Rounding(s.mode(), step);
      roundingSource = s.describe("line") + (s.step() == null ? ", at the last digit shown" : "");
    } else if (options.defaultRounding() != null) {
      rounding = options.defaultRounding();
      roundingSource = options.defaultRoundingSource();
    }
    String title = title(lines, h.top() >= 0 ? h.top() : headerAt);
    if (title == null) {
      title = heading(lines, headerAt);
    }
    String unit = DeclaredText.unit(h.caption());
    if (unit == null && title != null) {
      unit = DeclaredText.unit(title);
    }
    Table built = b.build(defaultId, tables.size(), title, unit, rounding, roundingSource,
        options.meta());
    notes(built, rows, lines, lastRow + 1);
    tables.add(built);
    return i;
  }

  /** Gives each row whose label carries footnote markers the texts of those footnotes below it. */
  private static void notes(Table t, List<Read> read, List<String> lines, int after) {
    for (Read r : read) {
      List<String> marks = Footnotes.marks(r.label());
      if (marks.isEmpty() || r.cells().isEmpty()) {
        continue;
      }
      List<String> texts = new ArrayList<>();
      for (String m : marks) {
        String n = Footnotes.note(lines, m, after);
        if (n != null) {
          texts.add(n);
        }
      }
      if (texts.isEmpty()) {
        continue;
      }
      for (Row row : t.getRows()) {
        if (row.getLine() == r.line()) {
          row.noted(texts);
        }
      }
    }
  }

  /**
   * The role of a row by its label and, for totals not named plainly ("Total DEL", "Stand
   * ontwerpbegroting", "Saldo", "TOTAL COMMITMENT APPROPRIATIONS"), by the table's own layout: such
   * a row is a total when a rule line stands above it, when it is printed bold, or when the rows
   * after it are indented below it; otherwise it stays an item and is marked as a possible total.
   */
  private static RowRole roleOf(List<Read> rows, int k) {
    Read r = rows.get(k);
    String clean = TableBuilder.cleanLabel(BOLD_OFF(r.label()));
    RowRole named = TableBuilder.roleOf(clean);
    if (named != RowRole.ITEM) {
      return named;
    }
    if (!TableBuilder.namesTotal(clean)) {
      return null;
    }
    boolean last = true;
    boolean partsBelow = k + 1 < rows.size();
    for (int n = k + 1; n < rows.size(); n++) {
      Read x = rows.get(n);
      if (x.cells().isEmpty()) {
        continue;
      }
      RowRole xr = TableBuilder.roleOf(TableBuilder.cleanLabel(x.label()));
      if (xr != RowRole.MEMO) {
        last = false;
      }
      partsBelow &= x.labelStart() > r.labelStart() || xr == RowRole.MEMO;
    }
    String lower = clean.toLowerCase(Locale.ROOT);
    boolean totalWord = lower.startsWith("totaal ") || lower.startsWith("total ");
    if ((last && (r.ruleAbove() || r.bold() || totalWord)) || partsBelow) {
      return RowRole.TOTAL;
    }
    return null;
  }

  private static boolean sectionFits(List<String> lines, int i, Header h, int columns,
      ReadOptions options, List<Field> spans) {
    int next = i + 1;
    while (next < lines.size() && (lines.get(next).isBlank() || isRuleLine(lines.get(next)))) {
      next++;
    }
    if (next >= lines.size()) {
      return false;
    }
    String n = lines.get(next);
    Parsed p = h.mode() == Mode.SPACE || mode(n) == Mode.SPACE
        ? valueRow(n, options.locale(), columns, spans) : fieldRow(n, h, columns, options.locale());
    return p != null;
  }

  private static boolean structural(String key) {
    return Column.classify(key).getKind() == ColumnKind.STRUCTURAL;
  }

  /** The nearest short line above the header, within five lines, as the table's title. */
  private static String title(List<String> lines, int headerAt) {
    for (int k = headerAt - 1; k >= 0 && k >= headerAt - 5; k--) {
      String l = lines.get(k).trim();
      if (!l.isEmpty() && (mode(l) == Mode.PIPE || isRuleLine(l))) {
        continue;
      }
      if (!l.isEmpty()) {
        l = BOLD_OFF(l.replaceFirst("^#+\\s*", ""));
        return l.length() <= 120 && !l.endsWith(".") ? l : null;
      }
    }
    return null;
  }

  /**
   * The document's heading when no title stands near the table: the first short line above the
   * header that is no sentence and no row of bracketed links (a page's navigation), or null.
   */
  private static String heading(List<String> lines, int headerAt) {
    for (int k = 0; k < headerAt; k++) {
      String l = lines.get(k).trim();
      if (!l.isEmpty() && !l.startsWith("[") && !l.startsWith("<") && l.length() <= 120
          && !l.endsWith(".") && !isRuleLine(l)
          && l.codePoints().anyMatch(Character::isLetter)) {
        return l.replaceFirst("^#+\\s*", "");
      }
    }
    return null;
  }

  /** A label and the value cells after it (blank cells included where their column is known). */
  private record Parsed(String label, int labelStart, List<Field> values, boolean bold) {}

  /** A row of separated cells: the label in the caption's fields, values by field index. */
  private static Parsed fieldRow(String line, Header h, int columns, NumberLocale locale) {
    Mode mode = mode(line);
    if (mode != h.mode()) {
      return null;
    }
    List<Field> fs = fields(line, mode);
    int first = h.firstField();
    int labelAt = -1;
    for (int k = 0; k < fs.size(); k++) {
      if (!fs.get(k).blank()) {
        labelAt = k;
        break;
      }
    }
    if (labelAt < 0) {
      return null;
    }
    int valuesAt = first;
    if (labelAt >= first) {
      // an indented label: the row is shifted right by its indent
      valuesAt = labelAt + 1;
    }
    StringBuilder label = new StringBuilder();
    for (int k = labelAt; k < Math.min(valuesAt, fs.size()); k++) {
      if (!fs.get(k).blank()) {
        label.append(label.length() == 0 ? "" : " ").append(fs.get(k).text());
      }
    }
    String lab = BOLD_OFF(label.toString());
    boolean bold = !lab.equals(label.toString().trim());
    if (lab.isEmpty() || !lab.chars().anyMatch(Character::isLetter)) {
      return null;
    }
    List<Field> values = new ArrayList<>();
    boolean anyValue = false;
    boolean anyText = false;
    for (int k = valuesAt; k < fs.size(); k++) {
      Field f = fs.get(k);
      String t = BOLD_OFF(f.text());
      if (values.size() >= columns && f.blank()) {
        continue;
      }
      values.add(new Field(t, f.start(), f.end()));
      if (!t.isEmpty()) {
        if (AmountText.isValue(t, locale)) {
          anyValue = true;
        } else {
          anyText = true;
        }
      }
    }
    while (values.size() < columns) {
      int at = line.length();
      values.add(new Field("", at, at));
    }
    if (!anyValue) {
      return anyText ? null : new Parsed(lab, fs.get(labelAt).start(), List.of(), bold);
    }
    return new Parsed(lab, fs.get(labelAt).start(), values, bold);
  }

  /**
   * The line as a space-aligned table row, or null: a label followed by value tokens; at least two
   * values unless the table has one column or the values stand under their columns. With column
   * spans, a row with fewer values than columns has its values placed under their headers and
   * blank cells in the others.
   */
  private static Parsed valueRow(String line, NumberLocale locale, int columns, List<Field> spans) {
    List<Field> tokens = tokens(line);
    if (tokens.size() < 2) {
      return null;
    }
    List<Field> values = new ArrayList<>();
    int k = tokens.size() - 1;
    for (; k >= 1; k--) {
      String t = tokens.get(k).text();
      if (t.equals("\u20AC")) {
        continue;
      }
      if (!AmountText.isValue(t, locale)) {
        break;
      }
      values.add(0, tokens.get(k));
    }
    // a dash printed before its number with one space ("‒ 366") is that number's sign
    for (int v = values.size() - 2; v >= 0 && values.size() > columns; v--) {
      Field a = values.get(v);
      Field n = values.get(v + 1);
      if (AmountText.isDash(a.text()) && n.start() - a.end() == 1
          && !AmountText.isDash(n.text())) {
        values.set(v, new Field(line.substring(a.start(), n.end()), a.start(), n.end()));
        values.remove(v + 1);
      }
    }
    // a label may end in a number ("Fase 2"): give back values beyond the column count
    while (values.size() > columns) {
      values.remove(0);
    }
    if (values.isEmpty()) {
      return null;
    }
    if (values.size() < columns && spans != null) {
      List<Field> placed = place(values, spans, line.length());
      if (placed != null) {
        values = placed;
      } else if (values.size() < 2) {
        return null;
      }
    } else if (values.size() < 2 && columns > 1) {
      return null;
    }
    int labelEnd = values.stream().filter(f -> !f.blank()).findFirst().orElseThrow().start();
    String label = line.substring(0, labelEnd).replace("\u20AC", " ").trim();
    if (label.isEmpty() || !label.chars().anyMatch(Character::isLetter)) {
      return null;
    }
    String lab = BOLD_OFF(label);
    return new Parsed(lab, line.indexOf(label.charAt(0)), values, !lab.equals(label));
  }

  /**
   * Places value tokens under the header spans they overlap (right-aligned figures overlap their
   * year), blank fields elsewhere; null when a token overlaps no span or two land in one column.
   */
  private static List<Field> place(List<Field> values, List<Field> spans, int lineEnd) {
    List<Field> out = new ArrayList<>();
    for (int c = 0; c < spans.size(); c++) {
      out.add(null);
    }
    int minCol = 0;
    for (Field v : values) {
      int col = -1;
      for (int c = minCol; c < spans.size(); c++) {
        Field s = spans.get(c);
        if (v.start() < s.end() + 1 && v.end() > s.start() - 1) {
          col = c;
          break;
        }
      }
      if (col < 0 || out.get(col) != null) {
        return null;
      }
      out.set(col, v);
      minCol = col + 1;
    }
    for (int c = 0; c < out.size(); c++) {
      if (out.get(c) == null) {
        int at = spans.get(c).start();
        out.set(c, new Field("", at, at));
      }
    }
    return out;
  }

}
