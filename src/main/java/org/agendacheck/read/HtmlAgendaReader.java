package org.agendacheck.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.agendacheck.model.Cell;
import org.agendacheck.model.CellKind;
import org.agendacheck.model.Document;
import org.agendacheck.model.Location;
import org.agendacheck.model.Problem;
import org.agendacheck.model.Rounding;
import org.agendacheck.model.Table;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads every table of an HTML page as the sites of parliaments, ministries and councils publish
 * them. Layout tables are looked through: only a table that holds no other table is read.
 * {@code colspan} and {@code rowspan} are expanded into a grid, so every cell stands in its grid
 * column; a spanned text cell (a label, a header) fills every column it spans, a spanned value
 * only its first. Header, section, subtotal and total rows follow the rules of the other grid
 * readers. The title is the {@code <caption>} or the heading before the table; the unit comes from
 * the caption, the first header cell or the paragraph before; the rounding from a footnote whose
 * marker ({@code <sup>}) appears in the header or a label, or from a statement near the table
 * ({@code <tfoot>}, footnote lists, paragraphs). Locations read {@code table 2, row 5, cell 3
 * (41:9)}: table, grid row and grid column, and the line and column of the cell's start tag.
 *
 * <p>The parser never fetches anything (no linked resources, no external entities).
 */
public final class HtmlAgendaReader implements AgendaReader {
  static final int MAX_BYTES = 64 * 1024 * 1024;
  private static final Set<String> BLOCKS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6",
      "caption", "dt", "dd", "figcaption", "blockquote", "pre", "address", "div", "section",
      "aside", "footer", "small", "span");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  @Override
  public Document read(String source, String defaultId, InputStream in, ReadOptions options)
      throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      return Document.unreadable(source, Problem.of("html-too-large", "mib", MAX_BYTES >> 20));
    }
    if (!looksLikeText(bytes)) {
      return Document.unreadable(source, Problem.of("html-binary"));
    }
    org.jsoup.nodes.Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "",
          Parser.htmlParser().setTrackPosition(true));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return Document.unreadable(source, Problem.of("html-unreadable", "detail",
          OfficeBytes.oneLine(e instanceof Exception x ? x : new IOException("nested too deeply"))));
    }
    Blocks blocks = blocks(page);
    List<DeclaredText.Statement> statements = DeclaredText.roundings(blocks.texts);
    List<Table> tables = new ArrayList<>();
    List<Element> data = page.select("table").stream()
        .filter(t -> t.selectFirst("table table") == null && t.select("table").size() == 1)
        .toList();
    int n = 0;
    for (Element t : page.select("table")) {
      if (!data.contains(t)) {
        continue;
      }
      n++;
      int tableNo = n;
      Grid grid = grid(t, tableNo, options.locale());
      int at = blocks.tableAt.getOrDefault(t, blocks.texts.size());
      for (GridTables.Found f : GridTables.find(grid.cells,
          r -> grid.rowLocation(tableNo, r),
          (r, c) -> new Location.HtmlElement("table " + tableNo + ", row " + (r + 1) + ", cell "
              + (c + 1), 0, 0))) {
        Element caption = t.selectFirst("> caption");
        String captionText = caption == null ? null : text(caption);
        String title = captionText != null && !captionText.isBlank() ? captionText
            : heading(t);
        String unit = DeclaredText.unit(captionText);
        if (unit == null) {
          unit = DeclaredText.unit(f.caption());
        }
        for (int k = 0; unit == null && k < 2; k++) {
          unit = DeclaredText.unit(previous(blocks, at, k));
        }
        List<String> markers = new ArrayList<>();
        for (int r = f.headerRow(); r <= f.lastRow(); r++) {
          for (GridTables.GridCell g : grid.cells.get(r)) {
            markers.addAll(DeclaredText.markers(g.text()));
          }
        }
        DeclaredText.Statement s = DeclaredText.choose(statements, markers, at + 1,
            blocks.tableEnd.getOrDefault(t, at) + 1);
        Rounding rounding = options.defaultRounding();
        String from = options.defaultRoundingSource();
        if (s != null) {
          BigDecimal step = s.step() != null ? s.step()
              : BigDecimal.ONE.movePointLeft(maxScale(grid.cells));
          rounding = new Rounding(s.mode(), step);
          from = s.describe("text block") + (s.step() == null ? ", at the last digit shown" : "");
        }
        // the notes a label's marks refer to: footnote lists and paragraphs below the table
        f.builder().footnotes(Footnotes.below(blocks.texts, blocks.tableEnd.getOrDefault(t, at)));
        tables.add(f.builder().build(defaultId, tables.size(), title == null ? null
            : TableBuilder.cleanLabel(title), unit, rounding, from, options.meta()));
      }
    }
    if (tables.isEmpty()) {
      return Document.unreadable(source, Problem.of(n == 0 ? "html-no-table"
          : "html-no-year-header"));
    }
    return new Document(source, tables, List.of());
  }

  /** False for bytes that no HTML page holds: NUL bytes in the first kilobytes. */
  private static boolean looksLikeText(byte[] bytes) {
    int limit = Math.min(bytes.length, 8192);
    boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    for (int i = 0; i < limit && !utf16; i++) {
      if (bytes[i] == 0) {
        return false;
      }
    }
    return true;
  }

  /** The text blocks of the page in reading order, and where each table stands among them. */
  private record Blocks(List<String> texts, Map<Element, Integer> tableAt,
      Map<Element, Integer> tableEnd, List<Element> elements) {}

  private static Blocks blocks(org.jsoup.nodes.Document page) {
    Blocks b = new Blocks(new ArrayList<>(), new IdentityHashMap<>(), new IdentityHashMap<>(),
        new ArrayList<>());
    walk(page.body() == null ? page : page.body(), b);
    return b;
  }

  private static void walk(Element e, Blocks b) {
    String tag = e.normalName();
    if (tag.equals("table") && e.select("table").size() == 1) {
      b.tableAt.put(e, b.texts.size());
      for (Element c : e.children()) {
        if (c.normalName().equals("caption")) {
          add(b, c, text(c));
        }
      }
      for (Element c : e.children()) {
        if (c.normalName().equals("tfoot")) {
          for (Element cell : c.select("td, th")) {
            add(b, cell, text(cell));
          }
        }
      }
      b.tableEnd.put(e, b.texts.size());
      return;
    }
    if ((BLOCKS.contains(tag) && !hasBlockChild(e))
        || (tag.equals("li") && e.selectFirst("table, ul, ol") == null)) {
      String t = text(e);
      if (tag.equals("li") && e.parent() != null && e.parent().normalName().equals("ol")) {
        t = ordinal(e) + ". " + t;
      }
      if (!t.isBlank()) {
        add(b, e, t);
      }
      return;
    }
    for (Element c : e.children()) {
      walk(c, b);
    }
  }

  private static void add(Blocks b, Element e, String text) {
    b.texts.add(text);
    b.elements.add(e);
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      String t = c.normalName();
      if ((BLOCKS.contains(t) && !t.equals("span") && !t.equals("small")) || t.equals("table")
          || t.equals("ul") || t.equals("ol") || t.equals("dl") || hasBlockChild(c)) {
        return true;
      }
    }
    return false;
  }

  /** The number an ordered list prints before an item. */
  private static int ordinal(Element li) {
    Element ol = li.parent();
    int start = 1;
    try {
      start = ol.hasAttr("start") ? Integer.parseInt(ol.attr("start").trim()) : 1;
    } catch (NumberFormatException e) {
      start = 1;
    }
    int i = 0;
    for (Element sibling : ol.children()) {
      if (sibling == li) {
        break;
      }
      if (sibling.normalName().equals("li")) {
        i++;
      }
    }
    return start + i;
  }

  /** The k-th non-empty text block before position {@code at} (0: the nearest), or null. */
  private static String previous(Blocks b, int at, int k) {
    int seen = 0;
    for (int i = at - 1; i >= 0; i--) {
      String p = b.texts.get(i).trim();
      if (!p.isEmpty()) {
        if (seen == k) {
          return p;
        }
        seen++;
      }
    }
    return null;
  }

  /**
   * The heading before the table: the nearest h1..h6 among the elements that precede it in the
   * page, looking through the layout tables and containers that hold it.
   */
  private static String heading(Element table) {
    for (Element e = table; e != null; e = e.parent()) {
      for (Element s = e.previousElementSibling(); s != null; s = s.previousElementSibling()) {
        if (HEADINGS.contains(s.normalName())) {
          return text(s);
        }
        if (s.normalName().equals("table")) {
          return null; // the heading of an earlier table
        }
        Element inner = s.select("h1, h2, h3, h4, h5, h6").last();
        if (inner != null) {
          return s.selectFirst("table") == null ? text(inner) : null;
        }
      }
    }
    return null;
  }

  /** A table's cells in grid order, and the positions of its rows. */
  private record Grid(List<List<GridTables.GridCell>> cells, List<int[]> rowStarts) {
    Location rowLocation(int table, int r) {
      int[] p = rowStarts.get(r);
      return new Location.HtmlElement("table " + table + ", row " + (r + 1), Math.max(p[0], 0),
          p[0] > 0 ? p[1] : 0);
    }
  }

  /** The rows of a table: its own rows, thead and tbody in source order, tfoot left out. */
  private static List<Element> rows(Element table) {
    List<Element> out = new ArrayList<>();
    for (Element c : table.children()) {
      switch (c.normalName()) {
        case "tr" -> out.add(c);
        case "thead", "tbody" -> {
          for (Element r : c.children()) {
            if (r.normalName().equals("tr")) {
              out.add(r);
            }
          }
        }
        default -> { }
      }
    }
    return out;
  }

  private static Grid grid(Element table, int n, NumberLocale locale) {
    List<Element> rows = rows(table);
    List<List<GridTables.GridCell>> grid = new ArrayList<>();
    List<int[]> starts = new ArrayList<>();
    // places a rowspan from above still covers: column -> {rows left, text (null for a value), line, col}
    Map<Integer, Object[]> carried = new java.util.TreeMap<>();
    // places a span covers, not its own cell: rowspan (covered) and colspan (spanned)
    java.util.Set<Long> covered = new java.util.HashSet<>();
    java.util.Set<Long> spanned = new java.util.HashSet<>();
    for (int r = 0; r < rows.size(); r++) {
      Element tr = rows.get(r);
      starts.add(position(tr));
      List<GridTables.GridCell> row = new ArrayList<>();
      int col = 0;
      for (Element td : tr.children()) {
        if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
          continue;
        }
        while (covered(carried, col)) {
          set(row, col, carry(carried, col, n, r, locale));
          covered.add(key(r, col));
          col++;
        }
        String text = text(td);
        int colspan = span(td.attr("colspan"), 1000);
        int rowspan = span(td.attr("rowspan"), 65534);
        int[] at = position(td);
        AmountText.Reading reading = AmountText.read(text, locale);
        boolean value = reading.kind() != CellKind.INVALID && reading.kind() != CellKind.BLANK;
        for (int k = 0; k < colspan; k++) {
          int c = col + k;
          set(row, c, cell(k == 0 || !value ? text : "", n, r, c, at, locale));
          if (k > 0) {
            spanned.add(key(r, c));
          }
          if (rowspan > 1) {
            carried.put(c, new Object[] {rowspan - 1, value ? null : text, at[0], at[1]});
          }
        }
        col += colspan;
      }
      for (Integer c : new ArrayList<>(carried.keySet())) {
        if (c >= col && covered(carried, c)) {
          set(row, c, carry(carried, c, n, r, locale));
          covered.add(key(r, c));
        }
      }
      for (int c = 0; c < row.size(); c++) {
        if (row.get(c) == null) {
          row.set(c, cell("", n, r, c, new int[] {0, 0}, locale));
        }
      }
      grid.add(row);
    }
    blankCovered(grid, covered, spanned, n, locale);
    return new Grid(grid, starts);
  }

  private static long key(int r, int c) {
    return ((long) r << 32) | c;
  }

  /**
   * Settles what the places a span covers show. Below the header row (the first with two or more
   * years), a label spanning columns left of the first year fills them, so a "Totaal" spanning the
   * number and label columns is the label; every other covered place is blank: a section label
   * spanning the year columns, a header spanning two header rows and a value spanning rows or
   * columns stand in their first place only.
   */
  private static void blankCovered(List<List<GridTables.GridCell>> grid, java.util.Set<Long> covered,
      java.util.Set<Long> spanned, int n, NumberLocale locale) {
    int header = -1;
    int firstYear = Integer.MAX_VALUE;
    for (int r = 0; r < grid.size() && header < 0; r++) {
      int years = 0;
      int first = -1;
      for (int c = 0; c < grid.get(r).size(); c++) {
        if (TableBuilder.isYear(grid.get(r).get(c).text())) {
          years++;
          first = first < 0 ? c : first;
        }
      }
      if (years >= 2) {
        header = r;
        firstYear = first;
      }
    }
    for (int r = 0; r < grid.size(); r++) {
      List<GridTables.GridCell> row = grid.get(r);
      for (int c = 0; c < row.size(); c++) {
        long k = key(r, c);
        boolean keep = spanned.contains(k) && r > header && c < firstYear;
        if ((covered.contains(k) || spanned.contains(k)) && !keep && !row.get(c).isEmpty()) {
          Cell at = row.get(c).cell();
          row.set(c, cell("", n, r, c, new int[] {at.getLine(), at.getCol()}, locale));
        }
      }
    }
  }

  private static boolean covered(Map<Integer, Object[]> carried, int col) {
    Object[] v = carried.get(col);
    return v != null && (Integer) v[0] > 0;
  }

  /** The cell a rowspan from above places in this row: its text for a label, blank for a value. */
  private static GridTables.GridCell carry(Map<Integer, Object[]> carried, int col, int n, int r,
      NumberLocale locale) {
    Object[] v = carried.get(col);
    v[0] = (Integer) v[0] - 1;
    if ((Integer) v[0] <= 0) {
      carried.remove(col);
    }
    String text = v[1] == null ? "" : (String) v[1];
    return cell(text, n, r, col, new int[] {(Integer) v[2], (Integer) v[3]}, locale);
  }

  private static void set(List<GridTables.GridCell> row, int c, GridTables.GridCell g) {
    while (row.size() <= c) {
      row.add(null);
    }
    row.set(c, g);
  }

  private static GridTables.GridCell cell(String text, int n, int r, int c, int[] at,
      NumberLocale locale) {
    Location where = new Location.HtmlElement("table " + n + ", row " + (r + 1) + ", cell "
        + (c + 1), Math.max(at[0], 0), at[0] > 0 ? at[1] : 0);
    Cell cell = AmountText.read(text, locale).toCell(text.trim(), at[0], at[1])
        .withLocation(where);
    return new GridTables.GridCell(text, cell, null, null);
  }

  private static int span(String attr, int max) {
    try {
      int v = Integer.parseInt(attr.trim());
      return v < 1 ? 1 : Math.min(v, max);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** 1-based line and column of an element's start tag, or zeros. */
  private static int[] position(Element e) {
    org.jsoup.nodes.Range range = e.sourceRange();
    if (range == null || !range.isTracked()) {
      return new int[] {0, 0};
    }
    return new int[] {range.start().lineNumber(), range.start().columnNumber()};
  }

  /**
   * The text of an element as shown: whitespace collapsed, {@code <br>} a space, footnote numbers
   * in {@code <sup>} as superscript digits (so that they are markers, not part of a number or
   * label).
   */
  static String text(Element e) {
    StringBuilder b = new StringBuilder();
    append(e, b);
    return b.toString().replaceAll("[ \\t\\r\\n\\f]+", " ").trim();
  }

  private static void append(Node node, StringBuilder b) {
    if (node instanceof TextNode t) {
      b.append(t.getWholeText());
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    if (tag.equals("br")) {
      b.append(' ');
      return;
    }
    if (tag.equals("script") || tag.equals("style") || tag.equals("template")) {
      return;
    }
    if (tag.equals("sup")) {
      String inner = e.text().trim().replaceAll("[\\[\\]()]", "");
      if (inner.matches("\\d{1,2}")) {
        b.append(' ').append(DeclaredText.superscript(inner));
        return;
      }
    }
    boolean block = BLOCKS.contains(tag) && !tag.equals("span") && !tag.equals("small");
    if (block || tag.equals("td") || tag.equals("th") || tag.equals("li")) {
      b.append(' ');
    }
    for (Node c : e.childNodes()) {
      append(c, b);
    }
    if (block) {
      b.append(' ');
    }
  }

  private static int maxScale(List<List<GridTables.GridCell>> grid) {
    int max = 0;
    for (List<GridTables.GridCell> row : grid) {
      for (GridTables.GridCell g : row) {
        if (g != null && g.cell() != null && g.cell().getKind() == CellKind.NUMBER) {
          max = Math.max(max, g.cell().getAmount().scale());
        }
      }
    }
    return max;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
