package org.agendacheck.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.agendacheck.model.Cell;
import org.agendacheck.model.CellKind;
import org.agendacheck.model.Location;

/**
 * Reads one worksheet part with StAX, row by row, into the grid the table finder walks. Nothing of
 * the sheet's XML is held: only the cells (their text as shown, their model cell, a formula where
 * one is written). Rows are sparse, so a cell in column XFD costs one slot, not sixteen thousand.
 */
final class XlsxSheet {
  /** Excel's largest row and column. */
  static final int MAX_ROWS = 1_048_576;
  static final int MAX_COLUMNS = 16_384;
  /** Excel's longest cell text. */
  static final int MAX_TEXT = 32_767;
  /** The longest stored number read: Excel writes at most 17 significant digits and an exponent. */
  static final int MAX_NUMBER = 60;
  static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d{1,40}(\\.\\d{0,40})?|\\.\\d{1,40})([eE]([+-]?\\d{1,3}))?");
  private static final MathContext EXCEL = new MathContext(15);
  private static final XMLInputFactory XML = factory();

  /** Structural damage in a workbook part: names the sheet and cell. */
  static final class Damage extends IOException {
    Damage(String message) {
      super(message);
    }
  }

  /** What the styles part says about each cell format (cellXfs): how many, which show dates. */
  record Styles(int count, boolean[] dates) {
    static final Styles NONE = new Styles(-1, new boolean[0]);

    boolean isDate(int s) {
      return s >= 0 && s < dates.length && dates[s];
    }
  }

  /** A formula waiting for its value: written without a cached one. */
  record Uncached(int row, int col, String formula) {}

  /** The sheet read: its grid, and the formula cells that had no cached value. */
  record Read(List<List<GridTables.GridCell>> grid, List<Uncached> uncached) {}

  private XlsxSheet() {}

  static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    // errors arrive as exceptions; the parser's own reporter would print them on stderr
    f.setXMLReporter((message, type, info, location) -> { });
    return f;
  }

  /**
   * A StAX reader over an XML part. The bytes are decoded here (UTF-8, or UTF-16 after its byte
   * order mark), strictly, so a malformed byte is an exception of this read and not a message the
   * XML parser prints on stderr.
   */
  static XMLStreamReader open(InputStream in) throws XMLStreamException {
    java.io.BufferedInputStream b = new java.io.BufferedInputStream(in, 1 << 16);
    java.nio.charset.Charset cs = java.nio.charset.StandardCharsets.UTF_8;
    try {
      b.mark(ByteOrderMark.LENGTH);
      byte[] head = b.readNBytes(ByteOrderMark.LENGTH);
      b.reset();
      int b0 = head.length > 0 ? head[0] & 0xFF : -1;
      int b1 = head.length > 1 ? head[1] & 0xFF : -1;
      if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
        cs = java.nio.charset.StandardCharsets.UTF_16;
      } else if (ByteOrderMark.startsWith(head)) {
        b.skip(ByteOrderMark.LENGTH);
      }
    } catch (IOException e) {
      throw new XMLStreamException(e.getMessage(), e);
    }
    java.nio.charset.CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    return XML.createXMLStreamReader(new java.io.InputStreamReader(b, decoder));
  }

  /** "Sheet!" as a reference prefix, quoted where Excel quotes it. */
  static String prefix(String sheet) {
    return (sheet.matches("[A-Za-z0-9_.]+") ? sheet : "'" + sheet.replace("'", "''") + "'") + "!";
  }

  /**
   * Reads the sheet.
   *
   * @throws Damage for a cell the workbook's own parts cannot explain (a shared string or style
   *     that does not exist, a reference outside the sheet)
   */
  static Read read(InputStream in, String sheet, List<String> strings, Styles styles,
      NumberLocale locale) throws IOException, XMLStreamException {
    String prefix = prefix(sheet);
    List<List<GridTables.GridCell>> grid = new ArrayList<>();
    List<Uncached> uncached = new ArrayList<>();
    Map<String, Shared> shared = new HashMap<>();
    XMLStreamReader x = open(in);
    try {
      int rowIndex = -1;
      SparseRow row = null;
      int colIndex = -1;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("sheetData")) {
          break;
        }
        if (ev == XMLStreamConstants.END_ELEMENT && row != null
            && x.getLocalName().equals("row")) {
          if (row.n == 0) {
            // a formatted empty row (Excel writes many) costs no more than a missing one
            grid.set(rowIndex, List.of());
          }
          row = null;
        }
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = x.getLocalName();
        if (name.equals("row")) {
          String r = x.getAttributeValue(null, "r");
          int next = r == null ? rowIndex + 1 : parseIndex(r, MAX_ROWS, sheet, "row " + r) - 1;
          if (next <= rowIndex) {
            throw new Damage(prefix + "row " + (next + 1) + " comes after row " + (rowIndex + 1));
          }
          rowIndex = next;
          while (grid.size() < rowIndex) {
            grid.add(List.of());
          }
          row = new SparseRow();
          grid.add(row);
          colIndex = -1;
        } else if (name.equals("c")) {
          if (row == null) {
            throw new Damage(prefix + ": a cell outside any row");
          }
          String r = x.getAttributeValue(null, "r");
          int col;
          if (r == null) {
            col = colIndex + 1;
          } else {
            col = refColumn(r, rowIndex + 1);
            if (col < 0) {
              throw new Damage(prefix + GridTables.cellName(rowIndex, colIndex + 1)
                  + ": the cell reference \"" + clip(r) + "\" is not a cell of row " + (rowIndex + 1));
            }
          }
          if (col >= MAX_COLUMNS || col <= colIndex) {
            throw new Damage(prefix + clip(r == null ? "column " + (col + 1) : r)
                + ": the cell is out of order or beyond column XFD");
          }
          colIndex = col;
          GridTables.GridCell g = cell(x, sheet, prefix, rowIndex, col, strings, styles, locale,
              shared, uncached);
          if (g != null) {
            row.put(col, g);
          }
        }
      }
    } finally {
      x.close();
    }
    return new Read(grid, uncached);
  }

  /** A shared formula's master: its text and cell. */
  private record Shared(String formula, int row, int col) {}

  private static GridTables.GridCell cell(XMLStreamReader x, String sheet, String prefix, int row,
      int col,
      List<String> strings, Styles styles, NumberLocale locale, Map<String, Shared> shared,
      List<Uncached> uncached) throws XMLStreamException, Damage {
    Location at = new Location.SheetCell(sheet, row + 1, col + 1);
    String type = x.getAttributeValue(null, "t");
    String s = x.getAttributeValue(null, "s");
    int style = 0;
    if (s != null) {
      style = parseIndex(s, Integer.MAX_VALUE, prefix, row, col, "style");
      if (styles.count() >= 0 && style >= styles.count()) {
        throw new Damage(where(prefix, row, col) + ": the cell uses style " + style + " of "
            + styles.count() + " in the styles part");
      }
    }
    String v = null;
    boolean vLong = false;
    StringBuilder inline = null;
    boolean inlineLong = false;
    String formula = null;
    String fType = null;
    String si = null;
    String fRef = null;
    int depth = 1;
    while (depth > 0) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String n = x.getLocalName();
        if (n.equals("v")) {
          StringBuilder b = new StringBuilder();
          vLong = text(x, b, MAX_TEXT);
          depth--;
          v = b.toString();
        } else if (n.equals("f")) {
          fType = x.getAttributeValue(null, "t");
          si = x.getAttributeValue(null, "si");
          fRef = x.getAttributeValue(null, "ref");
          StringBuilder b = new StringBuilder();
          if (text(x, b, 8192)) {
            throw new Damage(where(prefix, row, col) + ": the formula is longer than Excel's 8192 characters");
          }
          depth--;
          formula = b.toString();
        } else if (n.equals("t") && inline != null) {
          inlineLong |= text(x, inline, MAX_TEXT);
          depth--;
        } else if (n.equals("is")) {
          inline = new StringBuilder();
        } else if (n.equals("rPh")) {
          skip(x);
          depth--;
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    if ("shared".equals(fType) && si != null) {
      if (formula != null && !formula.isEmpty()) {
        shared.putIfAbsent(si, new Shared(formula, row, col));
      } else {
        Shared master = shared.get(si);
        if (master == null) {
          throw new Damage(where(prefix, row, col) + ": the cell shares formula " + clip(si)
              + ", which no earlier cell defines");
        }
        formula = FormulaShift.shift(master.formula(), row - master.row(), col - master.col());
      }
    }
    if (formula != null && formula.isEmpty()) {
      formula = null;
    }
    String text;
    Cell cell;
    String t = type == null ? "n" : type;
    if (formula != null && v == null && !"str".equals(t) && !"inlineStr".equals(t)) {
      // no cached value (scripts write formulas so); evaluated once the sheet is read
      uncached.add(new Uncached(row, col, formula));
      text = "=" + formula;
      cell = Cell.of(CellKind.INVALID, text, 0, 0);
      return GridTables.GridCell.inSheet(text, cell.withLocation(at), formula);
    }
    switch (t) {
      case "s" -> {
        if (v == null) {
          text = "";
          cell = Cell.of(CellKind.BLANK, "", 0, 0);
          break;
        }
        int i = isIndex(v.trim()) ? (int) Math.min(Long.parseLong(v.trim()),
            Integer.MAX_VALUE) : -1;
        if (i < 0 || i >= strings.size()) {
          throw new Damage(where(prefix, row, col) + ": the cell points at shared string " + clip(v.trim())
              + ", but the workbook has " + strings.size());
        }
        text = strings.get(i);
        cell = textCell(text, locale, false);
      }
      case "inlineStr" -> {
        text = inline == null ? (v == null ? "" : v) : inline.toString();
        cell = textCell(text, locale, inlineLong);
      }
      case "str" -> {
        text = v == null ? (inline == null ? "" : inline.toString()) : v;
        cell = textCell(text, locale, vLong);
      }
      case "d" -> {
        // an ISO 8601 date: shown as written, never an amount
        text = v == null ? "" : clip(v.trim());
        cell = text.isEmpty() ? Cell.of(CellKind.BLANK, "", 0, 0)
            : Cell.of(CellKind.INVALID, text, 0, 0);
      }
      case "b" -> {
        text = v == null ? "" : "1".equals(v.trim()) ? "TRUE" : "FALSE";
        cell = Cell.of(CellKind.INVALID, text, 0, 0);
      }
      case "e" -> {
        text = v == null ? "#ERROR" : clip(v.trim());
        cell = Cell.of(CellKind.INVALID, text, 0, 0);
      }
      case "n" -> {
        if (v == null || v.isBlank()) {
          if (formula == null && inline == null) {
            return s == null ? null : GridTables.GridCell.inSheet("",
                Cell.of(CellKind.BLANK, "", 0, 0).withLocation(at), null);
          }
          text = "";
          cell = Cell.of(CellKind.BLANK, "", 0, 0);
          break;
        }
        BigDecimal d = vLong ? null : number(v.trim());
        if (d == null) {
          text = clip(v.trim());
          cell = Cell.of(CellKind.INVALID, text, 0, 0);
        } else if (styles.isDate(style)) {
          text = date(d);
          cell = Cell.of(CellKind.INVALID, text, 0, 0);
        } else {
          // the digits are the amount's own: the grid cell gives them when asked
          text = null;
          cell = Cell.number(d, null, 0, 0);
        }
      }
      default -> throw new Damage(where(prefix, row, col) + ": unknown cell type \"" + clip(t) + "\"");
    }
    return GridTables.GridCell.inSheet(text, cell.withLocation(at), formula);
  }

  private static Cell textCell(String text, NumberLocale locale, boolean tooLong) {
    if (tooLong || text.length() > MAX_TEXT) {
      return Cell.of(CellKind.INVALID, clip(text), 0, 0);
    }
    return AmountText.read(text, locale).toCell(text.trim(), 0, 0);
  }

  /**
   * A stored number as Excel writes it (to 15 significant digits), or null when it is not one
   * within the limits: at most 40 digits before and after the point and an exponent of three
   * digits, checked before any arithmetic.
   */
  static BigDecimal number(String v) {
    if (v.length() > MAX_NUMBER) {
      return null;
    }
    BigDecimal plain = plainNumber(v);
    if (plain != null) {
      return plain;
    }
    if (!isNumber(v)) {
      return null;
    }
    return exactNumber(v);
  }

  /** {@link #number(String)} by BigDecimal arithmetic, for a text {@link #isNumber} accepts. */
  static BigDecimal exactNumber(String v) {
    BigDecimal d = new BigDecimal(v).round(EXCEL).stripTrailingZeros();
    if (d.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /**
   * {@link #number(String)} of the common case, what spreadsheet programs write for an amount
   * (at most 15 digits, a point, no exponent), read digit by digit into its unscaled value and
   * scale: a sheet has millions, and the general path makes and rounds a BigDecimal for each.
   * Null for any other text, which the general path then decides.
   */
  static BigDecimal plainNumber(String v) {
    int n = v.length();
    int i = 0;
    boolean negative = false;
    if (i < n && (v.charAt(i) == '-' || v.charAt(i) == '+')) {
      negative = v.charAt(i) == '-';
      i++;
    }
    long unscaled = 0;
    int digits = 0;
    int scale = 0;
    int before = 0;
    int after = -1;
    for (; i < n; i++) {
      char c = v.charAt(i);
      if (c == '.' && after < 0) {
        after = 0;
        continue;
      }
      if (c < '0' || c > '9') {
        return null;
      }
      if (after >= 0) {
        after++;
        scale++;
      } else {
        before++;
      }
      if (unscaled == 0 && c == '0') {
        continue;
      }
      if (++digits > 15) {
        return null;
      }
      unscaled = unscaled * 10 + (c - '0');
    }
    if (before > 40 || after > 40 || before == 0 && after < 1) {
      return null;
    }
    if (unscaled == 0) {
      return BigDecimal.ZERO;
    }
    while (scale > 0 && unscaled % 10 == 0) {
      unscaled /= 10;
      scale--;
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
  }

  /**
   * Whether the text is a number as {@link #NUMBER} states it, checked without the regular
   * expression (a sheet has millions): a sign, 1 to 40 digits with a point and up to 40 more, or a
   * point and 1 to 40 digits, then an exponent of up to three digits.
   */
  static boolean isNumber(String v) {
    int n = v.length();
    int i = 0;
    if (i < n && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
      i++;
    }
    int before = digits(v, i);
    i += before;
    int after = -1;
    if (i < n && v.charAt(i) == '.') {
      after = digits(v, i + 1);
      i += 1 + after;
    }
    if (before > 40 || after > 40 || (before == 0 && after < 1)) {
      return false;
    }
    if (i < n && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
      i++;
      if (i < n && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
        i++;
      }
      int exp = digits(v, i);
      if (exp < 1 || exp > 3) {
        return false;
      }
      i += exp;
    }
    return i == n;
  }

  private static int digits(String v, int from) {
    int i = from;
    while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  /** A date cell's serial number as an ISO date (Excel's 1900 system). */
  private static String date(BigDecimal serial) {
    if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
      return serial.toPlainString();
    }
    long days = serial.longValue();
    LocalDate d = LocalDate.of(1899, 12, 30).plusDays(days < 61 ? days + 1 : days);
    return d.toString();
  }

  /** Appends the element's text up to {@code max} characters; true when there was more. */
  static boolean text(XMLStreamReader x, StringBuilder b, int max) throws XMLStreamException {
    boolean more = false;
    int depth = 1;
    while (depth > 0) {
      int ev = x.next();
      if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
          || ev == XMLStreamConstants.SPACE) {
        int room = max - b.length();
        int len = x.getTextLength();
        if (len > room) {
          more = true;
          len = Math.max(room, 0);
        }
        b.append(x.getTextCharacters(), x.getTextStart(), len);
      } else if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return more;
  }

  static void skip(XMLStreamReader x) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "\u2026" : s;
  }

  /** 0-based column of "C" (2). */
  static int column(String letters) {
    int col = 0;
    for (int i = 0; i < letters.length(); i++) {
      col = col * 26 + (letters.charAt(i) - 'A' + 1);
    }
    return col - 1;
  }

  private static int parseIndex(String s, int max, String where, String what) throws Damage {
    String t = s.trim();
    if (!isIndex(t) || Long.parseLong(t) > max) {
      throw new Damage(where + ": " + what + " \"" + clip(t) + "\" is out of range");
    }
    return Integer.parseInt(t);
  }

  /** A cell's index attribute: its place named only when it is wrong (a sheet has millions). */
  private static int parseIndex(String s, int max, String prefix, int row, int col, String what)
      throws Damage {
    String t = s.trim();
    if (!isIndex(t) || Long.parseLong(t) > max) {
      throw new Damage(where(prefix, row, col) + ": " + what + " \"" + clip(t)
          + "\" is out of range");
    }
    return Integer.parseInt(t);
  }

  /** "Sheet!B7": the place a message about a cell names. */
  private static String where(String prefix, int row, int col) {
    return prefix + GridTables.cellName(row, col);
  }

  /** 1 to 10 ASCII digits ({@code \\d{1,10}}, checked without a regular expression). */
  private static boolean isIndex(String t) {
    int n = t.length();
    if (n < 1 || n > 10) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The 0-based column of a cell reference of 1 to 3 capital letters and 1 to 7 digits naming the
   * given 1-based row ({@code ([A-Z]{1,3})([0-9]{1,7})}), or -1 when it is not one.
   */
  static int refColumn(String r, int row) {
    int n = r.length();
    int i = 0;
    int col = 0;
    while (i < n && i < 3 && r.charAt(i) >= 'A' && r.charAt(i) <= 'Z') {
      col = col * 26 + (r.charAt(i) - 'A' + 1);
      i++;
    }
    int digits = n - i;
    if (i == 0 || digits < 1 || digits > 7) {
      return -1;
    }
    int value = 0;
    for (int j = i; j < n; j++) {
      char c = r.charAt(j);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value == row ? col - 1 : -1;
  }

  /**
   * One row's cells by column, without a slot for every empty column. A plain number cell is kept
   * as its model cell alone (its grid cell made when asked for): a large sheet holds millions.
   */
  static final class SparseRow extends AbstractList<GridTables.GridCell> {
    /** The cells' columns, or null while they follow each other from {@link #first} on. */
    private int[] cols;
    private int first;
    private Object[] cells = new Object[8];
    private int n;

    void put(int col, GridTables.GridCell cell) {
      if (n == cells.length) {
        cells = Arrays.copyOf(cells, n * 2);
        if (cols != null) {
          cols = Arrays.copyOf(cols, n * 2);
        }
      }
      if (n == 0) {
        first = col;
      } else if (cols == null && col != first + n) {
        // a gap: the row keeps its columns from here on
        cols = new int[cells.length];
        for (int i = 0; i < n; i++) {
          cols[i] = first + i;
        }
      }
      if (cols != null) {
        cols[n] = col;
      }
      cells[n++] = cell.isPlainSheetNumber() ? cell.cell() : cell;
    }

    /** Where the cell of a column is among the row's cells, or a negative number. */
    private int indexOf(int col) {
      if (cols == null) {
        int i = col - first;
        return i >= 0 && i < n ? i : -1;
      }
      return Arrays.binarySearch(cols, 0, n, col);
    }

    private static GridTables.GridCell grid(Object o) {
      return o instanceof Cell c ? GridTables.GridCell.inSheet(null, c, null)
          : (GridTables.GridCell) o;
    }

    @Override
    public GridTables.GridCell get(int col) {
      int i = indexOf(col);
      return i < 0 ? null : grid(cells[i]);
    }

    /** Only the cells present, in column order (what a scan for non-empty cells needs). */
    @Override
    public java.util.Iterator<GridTables.GridCell> iterator() {
      return new java.util.Iterator<>() {
        private int i;

        @Override
        public boolean hasNext() {
          return i < n;
        }

        @Override
        public GridTables.GridCell next() {
          if (i >= n) {
            throw new java.util.NoSuchElementException();
          }
          return grid(cells[i++]);
        }
      };
    }

    @Override
    public int size() {
      return n == 0 ? 0 : cols == null ? first + n : cols[n - 1] + 1;
    }

    /** How many of the row's cells read as years, without a grid cell made for a number. */
    int countYears() {
      int years = 0;
      for (int i = 0; i < n; i++) {
        Object o = cells[i];
        if (o instanceof Cell c ? TableBuilder.isYear(c.getAmount())
            : ((GridTables.GridCell) o).isYear()) {
          years++;
        }
      }
      return years;
    }

    /** Replaces the cell at a column that holds one. */
    void replace(int col, GridTables.GridCell cell) {
      int i = indexOf(col);
      if (i >= 0) {
        cells[i] = cell;
      }
    }
  }
}
