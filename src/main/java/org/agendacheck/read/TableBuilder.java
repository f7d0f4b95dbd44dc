package org.agendacheck.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.agendacheck.model.Cell;
import org.agendacheck.model.CellKind;
import org.agendacheck.model.Column;
import org.agendacheck.model.Formula;
import org.agendacheck.model.LabelFormula;
import org.agendacheck.model.Location;
import org.agendacheck.model.Rounding;
import org.agendacheck.model.Row;
import org.agendacheck.model.RowRole;
import org.agendacheck.model.Table;

/**
 * Turns the rows a reader found in a published table into the model: a row with a label and no
 * values opens a section ("Prioriteit"), "Subtotaal ..." rows are subtotals of their section, and
 * "Totaal", "Total" or "Generaal totaal" is the total row. Readers that are told roles and sections
 * (the CSV columns) pass them on instead.
 */
final class TableBuilder {
  private static final Pattern SUPERSCRIPTS = Pattern.compile("[\\u00B9\\u00B2\\u00B3\\u2070-\\u209F]+");
  // compiled once: a large table asks for every row
  private static final Pattern SPACE_RUNS = Pattern.compile("\\s+");
  private static final Pattern END_MARK = Pattern.compile("[:.]$");
  private static final Pattern MEMO =
      Pattern.compile("(?:[-\u2013\u2022]\\s*)?(?:waarvan|w\\.v\\.|wv\\b|of which|hiervan|whereof)");
  private static final Pattern YEAR = Pattern.compile("(19|20|21)\\d\\d");

  private final List<Column> columns;
  private final List<Pending> rows = new ArrayList<>();
  /** The footnote marks of each row's label, by the row's place in {@link #rows}. */
  private final List<List<String>> marks = new ArrayList<>();
  /** The formulas after the first a source states for a row, by the row's place (may be shorter). */
  private final List<List<Formula>> moreFormulas = new ArrayList<>();
  /** The notes of the marks, or null when the source gives none. */
  private java.util.function.Function<String, String> notes;
  private String section;
  private boolean numbered;

  /** A row as added; ids and formulas are settled once the whole table is known. */
  private record Pending(String id, String label, String section, RowRole role, Formula formula,
      List<Cell> cells, int line, int col, Location location, boolean possibleTotal) {
    Pending(String id, String label, String section, RowRole role, Formula formula,
        List<Cell> cells, int line, int col, Location location) {
      this(id, label, section, role, formula, cells, line, col, location, false);
    }
  }

  TableBuilder(List<String> columnKeys) {
    this.columns = new ArrayList<>();
    for (String k : columnKeys) {
      columns.add(Column.classify(k));
    }
  }

  /** A table of columns the reader classified itself (amount names, groups, total columns). */
  TableBuilder(List<Column> columns, boolean classified) {
    this.columns = new ArrayList<>(columns);
  }

  /**
   * True for a label that reads like a total without being one of the plain total names: "Totaal
   * …", "Total …", "Stand …", "Saldo …", "Eindstand …". Whether it is one, the layout decides.
   */
  static boolean namesTotal(String label) {
    String l = cleanLabel(label).toLowerCase(Locale.ROOT);
    return l.startsWith("totaal ") || l.startsWith("total ") || l.startsWith("stand ")
        || l.equals("saldo") || l.startsWith("saldo ") || l.startsWith("eindstand")
        || l.startsWith("totale ") || l.startsWith("grand total");
  }

  /** A label as published, without footnote markers ("NDS ⁴" is "NDS"). */
  static String cleanLabel(String label) {
    if (label == null) {
      return "";
    }
    if (isClean(label)) {
      return label;
    }
    return SPACE_RUNS.matcher(SUPERSCRIPTS.matcher(label).replaceAll("").replace('\u00A0', ' ')
        .trim()).replaceAll(" ");
  }

  /** True for the four-digit years a header names. */
  static boolean isYear(String text) {
    if (text == null) {
      return false;
    }
    int from = 0;
    int to = text.length();
    while (from < to && text.charAt(from) <= ' ') {
      from++;
    }
    while (to > from && text.charAt(to - 1) <= ' ') {
      to--;
    }
    if (to - from != 4) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    char c0 = text.charAt(from);
    char c1 = text.charAt(from + 1);
    return c0 == '1' && c1 == '9' || c0 == '2' && (c1 == '0' || c1 == '1');
  }

  /**
   * Whether a number's plain digits read as a year ({@link #isYear(String)} of its
   * {@code toPlainString()}), decided from its value without making the text.
   */
  static boolean isYear(java.math.BigDecimal amount) {
    if (amount == null || amount.signum() <= 0) {
      return false;
    }
    if (amount.scale() != 0) {
      return amount.scale() < 0 && isYear(amount.toPlainString());
    }
    if (amount.precision() != 4) {
      return false;
    }
    int v = amount.intValue();
    return v >= 1900 && v <= 2199;
  }

  /**
   * Whether {@link #cleanLabel} leaves the label as it is: no superscript, no non-breaking space,
   * no white space but single spaces inside (most labels, so no regular expression runs for them).
   */
  private static boolean isClean(String label) {
    int n = label.length();
    if (n == 0) {
      return true;
    }
    if (label.charAt(0) == ' ' || label.charAt(n - 1) == ' ') {
      return false;
    }
    char prev = 'x';
    for (int i = 0; i < n; i++) {
      char c = label.charAt(i);
      if (c == ' ' ? prev == ' ' : c < ' ' || c == '\u00A0' || c == '\u00B9' || c == '\u00B2'
          || c == '\u00B3' || c >= '\u2000' && c <= '\u209F' || c >= '\u0080' && Character.isWhitespace(c)
          || c >= '\u0080' && Character.isSpaceChar(c) || c == '\u3000') {
        return false;
      }
      prev = c;
    }
    return true;
  }

  /**
   * The role a label names: total for "Totaal", subtotal for "Subtotaal ...", memo for "waarvan
   * ...", "w.v. ...", "of which ...", else item.
   */
  static RowRole roleOf(String label) {
    String l = cleanLabel(label).toLowerCase(Locale.ROOT);
    if (!l.isEmpty() && "\u0085\u2028\u2029".indexOf(l.charAt(l.length() - 1)) >= 0) {
      // '$' also stands before a final line terminator, which trimming leaves
      l = END_MARK.matcher(l).replaceAll("");
    } else if (!l.isEmpty() && (l.charAt(l.length() - 1) == ':' || l.charAt(l.length() - 1) == '.')) {
      l = l.substring(0, l.length() - 1);
    }
    l = l.trim();
    if (mayBeMemo(l) && MEMO.matcher(l).lookingAt()) {
      return RowRole.MEMO;
    }
    return switch (l) {
      case "totaal", "total", "generaal totaal", "totaal generaal", "eindtotaal", "grand total",
          "totaal generaal (a+b)" -> RowRole.TOTAL;
      default -> l.startsWith("subtotaal") || l.startsWith("subtotal") || l.startsWith("sub-totaal")
          ? RowRole.SUBTOTAL : RowRole.ITEM;
    };
  }

  /** Whether {@link #MEMO} can match at the start: its first characters, checked first. */
  private static boolean mayBeMemo(String l) {
    if (l.isEmpty()) {
      return false;
    }
    char c = l.charAt(0);
    return c == '-' || c == '\u2013' || c == '\u2022' || c == 'w' || c == 'o' || c == 'h';
  }

  /** True for a number printed with a percent sign ("0,88 %"): its row is a memo row. */
  static boolean isPercent(Cell c) {
    if (!c.isNumber()) {
      return false;
    }
    String written = c.getWrittenText();
    return written != null && written.trim().endsWith("%");
  }

  int columnCount() {
    return columns.size();
  }

  int rowCount() {
    return rows.size();
  }

  boolean hasRows() {
    return !rows.isEmpty();
  }

  /**
   * Adds a row as published: a label with only blank cells opens a section; otherwise the label
   * names the role.
   */
  void add(String label, List<Cell> cells, int line, int col, Location location) {
    add(label, cells, line, col, location, null);
  }

  /** As {@link #add(String, List, int, int, Location)}, with the role given unless null. */
  void add(String label, List<Cell> cells, int line, int col, Location location, RowRole given) {
    List<String> marked = Footnotes.marks(label);
    String clean = cleanLabel(Footnotes.withoutTypedMark(label));
    if (given == null && !clean.isEmpty()
        && cells.stream().allMatch(c -> c.getKind() == CellKind.BLANK)) {
      section = clean;
      return;
    }
    RowRole role = given != null ? given : roleOf(clean);
    if (given == null && role == RowRole.ITEM && cells.stream().anyMatch(TableBuilder::isPercent)) {
      role = RowRole.MEMO;
    }
    rows.add(new Pending(null, clean, role == RowRole.TOTAL ? null : section, role, null, cells,
        line, col, location));
    marks.add(marked);
  }

  /**
   * Where the notes of the table's footnote marks are found: a mark ("⁴") gives its note's text, or
   * null. Each row whose label carries marks gets their texts ({@link Row#getNotes()}).
   */
  void footnotes(java.util.function.Function<String, String> notes) {
    this.notes = notes;
  }

  /**
   * Marks the row added last as named like a total where nothing in the layout says it is one
   * ({@link Row#isPossibleTotal()}).
   */
  void possibleTotalLast() {
    Pending p = rows.remove(rows.size() - 1);
    rows.add(new Pending(p.id, p.label, p.section, p.role, p.formula, p.cells, p.line, p.col,
        p.location, p.role == RowRole.ITEM));
  }

  /** Adds a row whose section and role the source states. */
  void addExplicit(String label, String rowSection, RowRole role, List<Cell> cells, int line, int col,
      Location location) {
    rows.add(new Pending(null, cleanLabel(label), rowSection, role, null, cells, line, col,
        location));
    marks.add(Footnotes.marks(label));
  }

  /**
   * States the id and formula of the row added last, from columns of their own; a table with an id
   * column numbers its rows.
   */
  void identifyLast(String id, Formula formula) {
    Pending p = rows.remove(rows.size() - 1);
    rows.add(new Pending(id, p.label, p.section, p.role, formula, p.cells, p.line, p.col,
        p.location, p.possibleTotal));
    numbered |= id != null;
  }

  /** Gives the row added last, whose formula its source states, the further formulas it states. */
  void moreFormulasLast(List<Formula> more) {
    while (moreFormulas.size() < rows.size()) {
      moreFormulas.add(List.of());
    }
    moreFormulas.set(rows.size() - 1, List.copyOf(more));
  }

  /** Marks the table as numbered: a leading number in each label is its row's id. */
  void numbered() {
    numbered = true;
  }

  /**
   * The rows: where a label prints its formula ("7 Uitgavenkader (= 1 t/m 6)"), or the table is
   * numbered, each label's leading number is its row's id and its bracketed arithmetic its formula.
   */
  private List<Row> rows() {
    List<LabelFormula> printed = new ArrayList<>();
    boolean anyFormula = false;
    for (Pending p : rows) {
      LabelFormula l = LabelFormula.of(p.id == null ? p.label : p.id + " " + p.label);
      printed.add(l);
      anyFormula |= l.formula() != null;
    }
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Pending p = rows.get(i);
      LabelFormula l = printed.get(i);
      boolean take = (numbered || anyFormula) && l.id() != null;
      Row row = new Row(take ? l.id() : p.id, take ? l.label() : p.label, p.section, p.role,
          p.formula != null ? p.formula : take ? l.formula() : null, p.cells, null, p.line, p.col,
          p.location);
      if (take && p.formula == null && !l.more().isEmpty()) {
        // a label printing several relations: each is checked on its own
        row.withRelations(l.more(), false);
      } else if (p.formula != null && i < moreFormulas.size() && !moreFormulas.get(i).isEmpty()) {
        row.withRelations(moreFormulas.get(i), false);
      }
      List<String> texts = new ArrayList<>();
      for (String m : notes == null ? List.<String>of() : marks.get(i)) {
        String n = notes.apply(m);
        if (n != null) {
          texts.add(n);
        }
      }
      if (!texts.isEmpty()) {
        row.noted(texts);
      }
      out.add(p.possibleTotal ? row.markPossibleTotal() : row);
    }
    return out;
  }

  /**
   * The table, with metadata from the options winning over what the source said.
   *
   * @param index the table's place in its source; tables after the first get "-2", "-3" after the
   *     id
   */
  Table build(String defaultId, int index, String title, String unit, Rounding rounding,
      String roundingSource, TableMeta meta) {
    String id = meta != null && meta.id() != null ? meta.id() : defaultId;
    if (index > 0) {
      id = id + "-" + (index + 1);
    }
    if (meta != null) {
      title = meta.title() != null ? meta.title() : title;
      unit = meta.unit() != null ? meta.unit() : unit;
      if (meta.rounding() != null) {
        rounding = meta.rounding();
        roundingSource = meta.origin();
      }
    }
    return new Table(id, title, unit, rounding, rounding == null || !rounding.isDeclared() ? null
        : roundingSource, columns, rows());
  }
}
