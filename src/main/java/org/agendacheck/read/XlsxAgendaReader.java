package org.agendacheck.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.agendacheck.model.CellKind;
import org.agendacheck.model.Document;
import org.agendacheck.model.Location;
import org.agendacheck.model.Problem;
import org.agendacheck.model.Rounding;
import org.agendacheck.model.Table;

/**
 * Reads every table in an Excel workbook (.xlsx), sheet by sheet, streaming each sheet's XML with
 * StAX so memory follows the cells kept, not the size of the XML. Numbers come from numeric cells
 * exactly as stored (to Excel's 15 significant digits) or from text cells as printed; formulas by
 * their cached value, or evaluated when the file stores none ({@link XlsxFormulas}); the formula of a
 * subtotal or total cell is kept so the {@code formula-range} rule can check what it adds. The
 * title is the text above the header, the unit the caption cell's, the rounding a footnote row
 * below the table (or a line above it). Locations read {@code Sheet!C5}.
 *
 * <p>The zip is read under this read's own limits ({@link XlsxPackage}); no global setting of any
 * library is changed. A shared string, style or cell reference the workbook cannot explain is a
 * parse error naming the sheet and cell.
 */
public final class XlsxAgendaReader implements AgendaReader {
  static final int MAX_BYTES = 64 * 1024 * 1024;
  /** Rows below a table searched for its footnotes. */
  private static final int FOOTNOTE_ROWS = 8;
  private static final String REL = "/relationships/";

  @Override
  public Document read(String source, String defaultId, InputStream in, ReadOptions options)
      throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      return Document.unreadable(source, Problem.of("xlsx-too-large", "mib", MAX_BYTES >> 20));
    }
    if (OfficeBytes.isOle2(bytes)) {
      return Document.unreadable(source, Problem.of("xlsx-encrypted"));
    }
    List<Table> tables = new ArrayList<>();
    XlsxPackage pkg = null;
    try {
      pkg = XlsxPackage.of(bytes);
      String workbook = target(pkg, "_rels/.rels", "", "/officeDocument", "xl/workbook.xml");
      String base = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1)
          : "";
      String rels = base + "_rels/" + workbook.substring(base.length()) + ".rels";
      Map<String, String> targets = relations(pkg, rels, base);
      List<String[]> sheets = sheets(pkg, workbook, targets);
      List<String> strings = strings(pkg, find(targets, "/sharedStrings", base + "sharedStrings.xml",
          pkg));
      XlsxSheet.Styles styles = styles(pkg, find(targets, "/styles", base + "styles.xml", pkg));
      Map<String, String> books = externalBooks(pkg, workbook, targets);
      for (String[] sheet : sheets) {
        String name = sheet[0];
        if (!pkg.has(sheet[1])) {
          throw new XlsxSheet.Damage("sheet " + name + ": its part " + sheet[1] + " is missing");
        }
        XlsxSheet.Read read;
        try (InputStream s = pkg.open(sheet[1])) {
          read = XlsxSheet.read(s, name, strings, styles, options.locale());
        }
        String prefix = XlsxSheet.prefix(name);
        XlsxFormulas.evaluate(read, name, prefix);
        if (!books.isEmpty()) {
          nameBooks(read.grid(), books);
        }
        tables(read.grid(), name, prefix, defaultId, options, tables);
      }
    } catch (XlsxSheet.Damage e) {
      return Document.unreadable(source, Problem.of("xlsx-damaged", "detail", e.getMessage()));
    } catch (IOException | XMLStreamException | RuntimeException | StackOverflowError e) {
      Throwable why = e;
      // a limit enforced under the XML parser arrives wrapped in its ParseError
      while (why instanceof XMLStreamException && why.getCause() instanceof IOException io) {
        why = io;
      }
      if (why instanceof XMLStreamException x && x.getNestedException() instanceof IOException io) {
        why = io;
      }
      String part = pkg == null ? null : pkg.lastOpened();
      String detail = why instanceof java.nio.charset.CharacterCodingException
          ? (part == null ? "a part's XML" : "the XML of the part " + part) + " is not valid UTF-8"
          : why instanceof XMLStreamException x && part != null
              ? "the part " + part + " is not well-formed XML" + (x.getLocation() == null ? ""
                  : " (line " + x.getLocation().getLineNumber() + ", column "
                      + x.getLocation().getColumnNumber() + ")")
              : OfficeBytes.oneLine(why);
      return Document.unreadable(source, Problem.of("xlsx-unreadable", "detail", detail));
    }
    if (tables.isEmpty()) {
      return Document.unreadable(source, Problem.of("xlsx-no-table"));
    }
    return new Document(source, tables, List.of());
  }

  private static void tables(List<List<GridTables.GridCell>> grid, String name, String prefix,
      String defaultId, ReadOptions options, List<Table> tables) {
    List<GridTables.Found> found = GridTables.find(grid, r -> new Location.SheetCell(name, r + 1, 1),
        (r, c) -> new Location.SheetCell(name, r + 1, c + 1));
    // what each table takes from the rows around it first; then its rows leave the grid, so a
    // large sheet's grid and its table's rows are not held at once
    List<Around> around = new ArrayList<>();
    int previousEnd = -1;
    for (int i = 0; i < found.size(); i++) {
      GridTables.Found f = found.get(i);
      int nextHeader = i + 1 < found.size() ? found.get(i + 1).headerRow() : grid.size();
      List<String> above = new ArrayList<>();
      List<Integer> aboveRows = new ArrayList<>();
      for (int r = previousEnd + 1; r < f.headerRow(); r++) {
        String line = line(grid.get(r));
        if (!line.isEmpty()) {
          above.add(line);
          aboveRows.add(r);
        }
      }
      String title = null;
      String unit = DeclaredText.unit(f.caption());
      for (String line : above) {
        if (title == null && DeclaredText.rounding(line, 0) == null
            && !(DeclaredText.unit(line) != null && line.length() < 40)) {
          title = TableBuilder.cleanLabel(line);
        }
      }
      for (int k = above.size() - 1; unit == null && k >= 0; k--) {
        unit = DeclaredText.unit(above.get(k));
      }
      // footnotes below the table first, then statements above it
      DeclaredText.Statement statement = null;
      for (int r = f.lastRow() + 1; statement == null && r < Math.min(nextHeader,
          f.lastRow() + 1 + FOOTNOTE_ROWS); r++) {
        statement = DeclaredText.rounding(line(grid.get(r)), r + 1);
      }
      for (int k = above.size() - 1; statement == null && k >= 0; k--) {
        statement = DeclaredText.rounding(above.get(k), aboveRows.get(k) + 1);
      }
      Rounding rounding = options.defaultRounding();
      String from = options.defaultRoundingSource();
      if (statement != null) {
        BigDecimal step = statement.step() != null ? statement.step()
            : BigDecimal.ONE.movePointLeft(maxScale(grid, f));
        rounding = new Rounding(statement.mode(), step);
        from = "sheet " + name + ", " + statement.describe("row")
            + (statement.step() == null ? ", at the last digit shown" : "");
      }
      List<String> noteRows = new ArrayList<>();
      for (int r = f.lastRow() + 1; r < Math.min(nextHeader, f.lastRow() + 1 + FOOTNOTE_ROWS); r++) {
        noteRows.add(line(grid.get(r)));
      }
      around.add(new Around(title != null ? title : name, unit, rounding, from, noteRows));
      previousEnd = f.lastRow();
    }
    for (GridTables.Found f : found) {
      for (int r = f.headerRow(); r <= f.lastRow(); r++) {
        grid.set(r, List.of());
      }
    }
    for (int i = 0; i < found.size(); i++) {
      TableBuilder b = found.get(i).builder();
      Around a = around.get(i);
      b.footnotes(Footnotes.below(a.noteRows(), 0));
      tables.add(b.build(defaultId, tables.size(), a.title(), a.unit(), a.rounding(),
          a.roundingFrom(), options.meta()));
    }
  }

  /** What a table takes from the sheet's rows around it: title, unit, rounding, footnote rows. */
  private record Around(String title, String unit, Rounding rounding, String roundingFrom,
      List<String> noteRows) {}

  /** The texts of a row joined, as a footnote or title reads. */
  private static String line(List<GridTables.GridCell> row) {
    StringBuilder b = new StringBuilder();
    for (GridTables.GridCell g : row) {
      if (g != null && !g.isEmpty()) {
        if (g.cell().getKind() == CellKind.NUMBER && b.length() == 0) {
          return "";
        }
        b.append(b.length() == 0 ? "" : " ").append(g.text().trim());
      }
    }
    return b.toString();
  }

  private static int maxScale(List<List<GridTables.GridCell>> grid, GridTables.Found f) {
    int max = 0;
    for (int r = f.headerRow(); r <= f.lastRow(); r++) {
      for (GridTables.GridCell g : grid.get(r)) {
        if (g != null && g.cell().getKind() == CellKind.NUMBER) {
          max = Math.max(max, g.cell().getAmount().scale());
        }
      }
    }
    return max;
  }

  private static final java.util.regex.Pattern BOOK_INDEX =
      java.util.regex.Pattern.compile("\\[(\\d{1,5})\\]");

  /**
   * Gives formulas that name another workbook by its index in the file ({@code [1]NDS!G20}, as
   * Excel stores them) the workbook's file name instead ({@code [nds.xlsx]NDS!G20}, as Excel shows
   * them), so a reference can find that workbook among the files of a run.
   */
  private static void nameBooks(List<List<GridTables.GridCell>> grid, Map<String, String> books) {
    for (List<GridTables.GridCell> row : grid) {
      if (!(row instanceof XlsxSheet.SparseRow sparse)) {
        continue;
      }
      List<GridTables.GridCell> named = new ArrayList<>();
      for (GridTables.GridCell g : row) {
        if (g != null && g.formula() != null && g.formula().indexOf('[') >= 0) {
          java.util.regex.Matcher m = BOOK_INDEX.matcher(g.formula());
          StringBuilder f = new StringBuilder();
          while (m.find()) {
            String book = books.get(m.group(1));
            m.appendReplacement(f, java.util.regex.Matcher.quoteReplacement(
                book == null ? m.group() : "[" + book + "]"));
          }
          m.appendTail(f);
          named.add(new GridTables.GridCell(g.text(), g.cell(), g.address(), f.toString()));
        }
      }
      for (GridTables.GridCell g : named) {
        if (g.cell().getLocation() instanceof Location.SheetCell at) {
          sparse.replace(at.column() - 1, g);
        }
      }
    }
  }

  /**
   * The workbooks a workbook's formulas refer to, by their 1-based index: the file name (last path
   * segment, decoded) of each external link's target, in the order of {@code externalReferences}.
   */
  private static Map<String, String> externalBooks(XlsxPackage pkg, String workbook,
      Map<String, String> targets) throws IOException, XMLStreamException {
    Map<String, String> out = new HashMap<>();
    if (!pkg.has(workbook)) {
      return out;
    }
    List<String> links = new ArrayList<>();
    try (InputStream in = pkg.open(workbook)) {
      XMLStreamReader x = XlsxSheet.open(in);
      try {
        while (x.hasNext()) {
          if (x.next() == XMLStreamConstants.START_ELEMENT
              && x.getLocalName().equals("externalReference")) {
            String id = null;
            for (int i = 0; i < x.getAttributeCount(); i++) {
              if (x.getAttributeLocalName(i).equals("id")) {
                id = x.getAttributeValue(i);
              }
            }
            links.add(id == null ? null : targets.get(id));
          }
        }
      } finally {
        x.close();
      }
    }
    for (int i = 0; i < links.size(); i++) {
      String part = links.get(i);
      if (part == null) {
        continue;
      }
      int slash = part.lastIndexOf('/');
      String rels = part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
      if (!pkg.has(rels)) {
        continue;
      }
      XMLStreamReader x = XlsxSheet.open(new ByteArrayInputStream(pkg.read(rels)));
      try {
        while (x.hasNext()) {
          if (x.next() == XMLStreamConstants.START_ELEMENT
              && x.getLocalName().equals("Relationship")) {
            String type = x.getAttributeValue(null, "Type");
            String target = x.getAttributeValue(null, "Target");
            if (type != null && type.endsWith("/externalLinkPath") && target != null) {
              out.put(String.valueOf(i + 1), fileName(target));
            }
          }
        }
      } finally {
        x.close();
      }
    }
    return out;
  }

  /** The file name a link target ends in ("file:///C:/Data/nds%20b.xlsx" gives "nds b.xlsx"). */
  private static String fileName(String target) {
    String t = target.replace('\\', '/');
    t = t.substring(t.lastIndexOf('/') + 1);
    try {
      return java.net.URLDecoder.decode(t.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return t;
    }
  }

  // ---- package parts

  /** The target of the relation of a type from a .rels part, resolved against {@code base}. */
  private static String target(XlsxPackage pkg, String rels, String base, String type,
      String fallback) throws IOException, XMLStreamException {
    if (!pkg.has(rels)) {
      return fallback;
    }
    for (Map.Entry<String, String> e : relations(pkg, rels, base).entrySet()) {
      if (e.getKey().startsWith("type:") && e.getKey().endsWith(type)) {
        return e.getValue();
      }
    }
    return fallback;
  }

  /** Relations by id ("rId1") and by "type:" + type, targets as package part names. */
  private static Map<String, String> relations(XlsxPackage pkg, String rels, String base)
      throws IOException, XMLStreamException {
    Map<String, String> out = new HashMap<>();
    if (!pkg.has(rels)) {
      return out;
    }
    XMLStreamReader x = XlsxSheet.open(new ByteArrayInputStream(pkg.read(rels)));
    try {
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT
            && x.getLocalName().equals("Relationship")) {
          String id = x.getAttributeValue(null, "Id");
          String type = x.getAttributeValue(null, "Type");
          String target = x.getAttributeValue(null, "Target");
          if (target == null || "External".equals(x.getAttributeValue(null, "TargetMode"))) {
            continue;
          }
          String part = resolve(base, target);
          if (id != null) {
            out.put(id, part);
          }
          if (type != null) {
            out.putIfAbsent("type:" + type, part);
          }
        }
      }
    } finally {
      x.close();
    }
    return out;
  }

  private static String resolve(String base, String target) {
    String t = target.startsWith("/") ? target.substring(1) : base + target;
    List<String> parts = new ArrayList<>();
    for (String p : t.split("/")) {
      if (p.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else if (!p.isEmpty() && !p.equals(".")) {
        parts.add(p);
      }
    }
    return String.join("/", parts);
  }

  private static String find(Map<String, String> targets, String type, String fallback,
      XlsxPackage pkg) {
    for (Map.Entry<String, String> e : targets.entrySet()) {
      if (e.getKey().startsWith("type:") && e.getKey().endsWith(type)) {
        return e.getValue();
      }
    }
    return pkg.has(fallback) ? fallback : null;
  }

  /** The worksheets in workbook order: name and part. */
  private static List<String[]> sheets(XlsxPackage pkg, String workbook, Map<String, String> targets)
      throws IOException, XMLStreamException {
    if (!pkg.has(workbook)) {
      throw new IOException("the package has no workbook part (" + workbook + ")");
    }
    List<String[]> out = new ArrayList<>();
    try (InputStream in = pkg.open(workbook)) {
      XMLStreamReader x = XlsxSheet.open(in);
      try {
        while (x.hasNext()) {
          if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("sheet")) {
            String name = x.getAttributeValue(null, "name");
            String id = null;
            for (int i = 0; i < x.getAttributeCount(); i++) {
              if (x.getAttributeLocalName(i).equals("id")
                  && x.getAttributeNamespace(i) != null
                  && x.getAttributeNamespace(i).toLowerCase(Locale.ROOT).contains("relationships")) {
                id = x.getAttributeValue(i);
              }
            }
            String part = id == null ? null : targets.get(id);
            if (name == null || part == null) {
              throw new XlsxSheet.Damage("sheet " + (name == null ? "without a name" : name)
                  + " has no part in the workbook's relations");
            }
            if (targets.entrySet().stream().anyMatch(e -> e.getKey().startsWith("type:")
                && e.getKey().contains(REL) && e.getKey().endsWith("/chartsheet")
                && e.getValue().equals(part))) {
              continue;
            }
            if (!part.contains("chartsheets/")) {
              out.add(new String[] {name, part});
            }
          }
        }
      } finally {
        x.close();
      }
    }
    return out;
  }

  /** The shared strings, each the text of its rich-text runs (phonetic runs left out). */
  private static List<String> strings(XlsxPackage pkg, String part)
      throws IOException, XMLStreamException {
    List<String> out = new ArrayList<>();
    if (part == null || !pkg.has(part)) {
      return out;
    }
    try (InputStream in = pkg.open(part)) {
      XMLStreamReader x = XlsxSheet.open(in);
      try {
        StringBuilder b = null;
        while (x.hasNext()) {
          int ev = x.next();
          if (ev == XMLStreamConstants.START_ELEMENT) {
            switch (x.getLocalName()) {
              case "si" -> b = new StringBuilder();
              case "t" -> {
                if (b != null) {
                  XlsxSheet.text(x, b, XlsxSheet.MAX_TEXT + 1);
                }
              }
              case "rPh" -> XlsxSheet.skip(x);
              default -> { }
            }
          } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("si")
              && b != null) {
            out.add(b.toString());
            b = null;
          }
        }
      } finally {
        x.close();
      }
    }
    return out;
  }

  /** The cell formats (cellXfs) and which of them show a date. */
  private static XlsxSheet.Styles styles(XlsxPackage pkg, String part)
      throws IOException, XMLStreamException {
    if (part == null || !pkg.has(part)) {
      return XlsxSheet.Styles.NONE;
    }
    Map<Integer, Boolean> customDate = new HashMap<>();
    List<Boolean> dates = new ArrayList<>();
    try (InputStream in = pkg.open(part)) {
      XMLStreamReader x = XlsxSheet.open(in);
      try {
        boolean inXfs = false;
        while (x.hasNext()) {
          int ev = x.next();
          if (ev == XMLStreamConstants.START_ELEMENT) {
            switch (x.getLocalName()) {
              case "numFmt" -> {
                String id = x.getAttributeValue(null, "numFmtId");
                String code = x.getAttributeValue(null, "formatCode");
                if (id != null && id.matches("\\d{1,6}") && code != null) {
                  customDate.put(Integer.parseInt(id), isDateFormat(code));
                }
              }
              case "cellXfs" -> inXfs = true;
              case "xf" -> {
                if (inXfs) {
                  String id = x.getAttributeValue(null, "numFmtId");
                  int n = id != null && id.matches("\\d{1,6}") ? Integer.parseInt(id) : 0;
                  dates.add(customDate.containsKey(n) ? customDate.get(n)
                      : (n >= 14 && n <= 22) || (n >= 45 && n <= 47));
                }
              }
              default -> { }
            }
          } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("cellXfs")) {
            inXfs = false;
          }
        }
      } finally {
        x.close();
      }
    }
    boolean[] d = new boolean[dates.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = dates.get(i);
    }
    return new XlsxSheet.Styles(Math.max(d.length, 1), d);
  }

  /** True for a number format that shows a date or time (d, m, y, h or s outside quotes). */
  static boolean isDateFormat(String code) {
    String c = code.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "")
        .replaceAll("\\\\.", "").toLowerCase(Locale.ROOT);
    c = c.split(";")[0];
    return c.matches(".*[dmyhs].*") && !c.contains("#");
  }
}
