package org.agendacheck.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.agendacheck.model.Cell;
import org.agendacheck.model.CellKind;
import org.agendacheck.model.Column;
import org.agendacheck.model.ColumnKind;
import org.agendacheck.model.Document;
import org.agendacheck.model.Problem;
import org.agendacheck.model.Rounding;
import org.agendacheck.model.RowRole;
import org.agendacheck.model.Table;
import org.agendacheck.model.TableReading;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the tables of a born-digital PDF from the positions of its text: a header line naming two
 * or more years (more column names may follow, "Structureel", with words continued on the line
 * below, "p/j"), and below it rows whose values stand under those headers. The columns are the
 * header words' positions: a value belongs to the header nearest to it; the label is what stands
 * left of the first column. A label wrapped over several lines is joined; running headers, footers
 * and page numbers (lines at the top or bottom of a page that repeat on every page, or that are only
 * a page number) are left out; a table whose header is repeated at the top of the next page, or
 * whose rows simply go on there, is one table. Footnotes and sentences near the table give the
 * rounding, as in text. Locations read {@code page 2, row 5, column 3 (x 229.6, y 386.1, w 18,
 * h 7.7)}: the page, the table's row and column (the label is column 1), and the cell's box in
 * points from the page's top left corner.
 *
 * <p>Each table records how sure the reading is ({@link TableReading}): how many rows have a value
 * in every column and how many values line up with the others of their column. A PDF without text
 * (a scan) cannot be read: there is no OCR.
 */
public final class PdfAgendaReader implements AgendaReader {
  static final int MAX_BYTES = 64 * 1024 * 1024;
  static final int MAX_PAGES = 2000;
  /** A line in the top or bottom band of this many points is a candidate running header/footer. */
  private static final float MARGIN_BAND = 60f;
  private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}[a-z]?\\.?");
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)(?:pagina|page|blz\\.?|p\\.)?\\s*[-–]?\\s*\\d{1,4}\\s*(?:(?:/|van|of|de)\\s*\\d{1,4})?\\s*[-–]?");

  @Override
  public Document read(String source, String defaultId, InputStream in, ReadOptions options)
      throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      return unreadable(source, Problem.of("pdf-too-large", "mib", MAX_BYTES >> 20));
    }
    if (!startsLikePdf(bytes)) {
      return unreadable(source, Problem.of("pdf-not-pdf"));
    }
    List<Line> lines;
    int pages;
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      pages = doc.getNumberOfPages();
      if (pages > MAX_PAGES) {
        return unreadable(source, Problem.of("pdf-too-many-pages", "pages", pages, "max",
            MAX_PAGES));
      }
      Glyphs g = new Glyphs();
      g.getText(doc);
      if (g.glyphs == 0) {
        return unreadable(source, Problem.of("pdf-no-text", "pages", pages));
      }
      lines = withoutRunningText(lines(g.words), g.heights);
    } catch (InvalidPasswordException e) {
      return unreadable(source, Problem.of("pdf-encrypted"));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return unreadable(source, Problem.of("pdf-unreadable", "detail",
          OfficeBytes.oneLine(e instanceof Exception x ? x : new IOException("nested too deeply"))));
    }
    List<String> texts = new ArrayList<>();
    for (Line l : lines) {
      texts.add(l.text());
    }
    List<DeclaredText.Statement> statements = DeclaredText.roundings(texts);
    List<Table> tables = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Header h = header(lines, i);
      if (h == null) {
        i++;
        continue;
      }
      int end = table(lines, i, h, options, statements, defaultId, tables);
      i = Math.max(end, i + 1);
    }
    if (tables.isEmpty()) {
      return unreadable(source, Problem.of("pdf-no-table"));
    }
    return new Document(source, tables, List.of());
  }

  private static Document unreadable(String source, Problem problem) {
    return Document.unreadable(source, problem);
  }

  private static boolean startsLikePdf(byte[] bytes) {
    int limit = Math.min(bytes.length - 5, 1024);
    for (int i = 0; i <= limit; i++) {
      if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F'
          && bytes[i + 4] == '-') {
        return true;
      }
    }
    return false;
  }

  /** A run of text on one line with no wide gap in it, and its box (points, top left origin). */
  record Word(int page, String text, float x0, float x1, float top, float base) {
    float center() {
      return (x0 + x1) / 2;
    }

    float height() {
      return base - top;
    }
  }

  /** The words of one printed line, left to right. */
  record Line(int page, float base, float height, List<Word> words) {
    String text() {
      StringBuilder b = new StringBuilder();
      for (Word w : words) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(w.text);
      }
      return b.toString();
    }

    float top() {
      return base - height;
    }
  }

  /** Collects the words of every page from PDFBox's text runs, splitting a run at wide gaps. */
  private static final class Glyphs extends PDFTextStripper {
    final List<Word> words = new ArrayList<>();
    final Map<Integer, Float> heights = new HashMap<>();
    int glyphs;

    Glyphs() throws IOException {
      setSortByPosition(true);
    }

    @Override
    protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
      heights.put(getCurrentPageNo(), page.getMediaBox().getHeight());
      super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      float maxSize = 0;
      for (TextPosition t : positions) {
        maxSize = Math.max(maxSize, t.getFontSizeInPt());
      }
      float base = 0;
      for (TextPosition t : positions) {
        if (t.getFontSizeInPt() >= maxSize * 0.9f) {
          base = t.getYDirAdj();
          break;
        }
      }
      StringBuilder b = new StringBuilder();
      float x0 = -1;
      float x1 = 0;
      float top = Float.MAX_VALUE;
      float end = -1;
      for (TextPosition t : positions) {
        String u = t.getUnicode();
        if (u == null) {
          continue;
        }
        u = u.replace('\u00A0', ' ');
        glyphs++;
        float gap = end < 0 ? 0 : t.getXDirAdj() - end;
        float space = Math.max(t.getWidthOfSpace(), 1f);
        if (end >= 0 && gap > 2.5f * space && b.length() > 0) {
          flush(b, x0, x1, top, base);
          b.setLength(0);
          x0 = -1;
          top = Float.MAX_VALUE;
        }
        boolean raised = t.getFontSizeInPt() < maxSize * 0.9f && t.getYDirAdj() < base - 1f;
        if (u.isBlank()) {
          if (b.length() > 0) {
            b.append(' ');
          }
        } else {
          if (x0 < 0) {
            x0 = t.getXDirAdj();
          }
          x1 = t.getXDirAdj() + t.getWidthDirAdj();
          if (!raised) {
            top = Math.min(top, t.getYDirAdj() - t.getHeightDir());
          }
          b.append(raised ? DeclaredText.superscript(u) : u);
        }
        end = t.getXDirAdj() + t.getWidthDirAdj();
      }
      flush(b, x0, x1, top, base);
    }

    private void flush(StringBuilder b, float x0, float x1, float top, float base) {
      String t = b.toString().trim();
      if (!t.isEmpty() && x0 >= 0) {
        words.add(new Word(getCurrentPageNo(), t, x0, x1,
            top == Float.MAX_VALUE ? base - 8 : top, base));
      }
    }
  }

  /** A note starting a line: a mark, raised or typed ("⁴", "4)", "4."), or a number and a word. */
  private static final java.util.regex.Pattern LONE_MARK = java.util.regex.Pattern.compile(
      "[\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]+|\\d{1,2}[.)]?");
  private static final java.util.regex.Pattern NOTE_START = java.util.regex.Pattern.compile(
      "^(?:[\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]+|\\d{1,2}[.)]?)\\s+\\S.*");

  /**
   * The texts below line {@code from} (on its page and the next) as notes read: a line starting
   * with a mark, joined with the lines that follow it closely without a mark of their own.
   */
  private static List<String> notes(List<Line> lines, int from) {
    List<String> out = new ArrayList<>();
    int page = from < lines.size() ? lines.get(from).page() : -1;
    Line last = null;
    String mark = null;
    for (int k = from; k < lines.size() && lines.get(k).page() <= page + 1; k++) {
      Line l = lines.get(k);
      String t = l.text();
      if (LONE_MARK.matcher(t.trim()).matches()) {
        // a footnote list prints its number on a line of its own, the note below it
        mark = t.trim();
        last = null;
        continue;
      }
      if (mark != null) {
        out.add(mark + " " + t);
        mark = null;
        last = l;
        continue;
      }
      boolean close = last != null && l.page() == last.page()
          && l.top() - last.base() < 0.8f * Math.max(l.height(), last.height());
      if (last != null && close && !NOTE_START.matcher(t).matches() && !out.isEmpty()) {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + t);
      } else {
        out.add(t);
      }
      last = l;
    }
    return out;
  }

  /** Words grouped into lines: same page, baselines within half a line height. */
  private static List<Line> lines(List<Word> words) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(Word::page).thenComparingDouble(Word::base)
        .thenComparingDouble(Word::x0));
    List<Line> out = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    for (Word w : sorted) {
      if (!current.isEmpty()) {
        Word first = current.get(0);
        float h = Math.max(first.height(), 1f);
        if (w.page() != first.page() || Math.abs(w.base() - first.base()) > 0.5f * h) {
          out.add(line(current));
          current = new ArrayList<>();
        }
      }
      current.add(w);
    }
    if (!current.isEmpty()) {
      out.add(line(current));
    }
    return out;
  }

  private static Line line(List<Word> words) {
    List<Word> ws = new ArrayList<>(words);
    ws.sort(Comparator.comparingDouble(Word::x0));
    float base = 0;
    float height = 0;
    for (Word w : ws) {
      base = Math.max(base, w.base());
      height = Math.max(height, w.height());
    }
    return new Line(ws.get(0).page(), base, height, List.copyOf(ws));
  }

  /**
   * Leaves out running headers and footers: lines in the top or bottom band of a page that are a
   * page number, or whose text (digits aside) is printed in that band on another page too.
   */
  private static List<Line> withoutRunningText(List<Line> lines, Map<Integer, Float> heights) {
    Map<String, java.util.Set<Integer>> pagesOf = new HashMap<>();
    for (Line l : lines) {
      if (inMargin(l, heights)) {
        pagesOf.computeIfAbsent(shape(l), k -> new java.util.HashSet<>()).add(l.page());
      }
    }
    List<Line> out = new ArrayList<>();
    for (Line l : lines) {
      boolean running = inMargin(l, heights) && (PAGE_NUMBER.matcher(l.text().trim()).matches()
          || pagesOf.get(shape(l)).size() > 1 || l.words().stream()
              .anyMatch(w -> PAGE_NUMBER.matcher(w.text().trim()).matches()
                  && w.text().contains("/")));
      if (!running) {
        out.add(l);
      }
    }
    return out;
  }

  private static boolean inMargin(Line l, Map<Integer, Float> heights) {
    float h = heights.getOrDefault(l.page(), 842f);
    return l.base() < MARGIN_BAND || l.top() > h - MARGIN_BAND;
  }

  private static String shape(Line l) {
    return l.text().replaceAll("\\d+", "#").trim();
  }

  /** A column: its key, and where its header stands. */
  private record Col(String key, float x0, float x1) {
    float center() {
      return (x0 + x1) / 2;
    }
  }

  /** A header: its line, the text left of the first column, the columns, the lines it spans. */
  private record Header(int at, String caption, List<Col> cols, int lines, List<String> markers) {}

  /** The header starting at line {@code i}: two or more years, then more column names. */
  private static Header header(List<Line> lines, int i) {
    Line l = lines.get(i);
    List<Word> ws = l.words();
    int first = -1;
    int years = 0;
    for (int k = 0; k < ws.size(); k++) {
      if (TableBuilder.isYear(yearText(ws.get(k).text()))) {
        if (first < 0) {
          first = k;
        }
        years++;
      }
    }
    if (years < 2) {
      return null;
    }
    List<Col> cols = new ArrayList<>();
    List<String> markers = new ArrayList<>();
    StringBuilder caption = new StringBuilder();
    for (int k = 0; k < ws.size(); k++) {
      Word w = ws.get(k);
      markers.addAll(DeclaredText.markers(w.text()));
      if (k < first) {
        caption.append(caption.length() > 0 ? " " : "").append(w.text());
        continue;
      }
      if (AmountText.isValue(w.text(), NumberLocale.NL) && !TableBuilder.isYear(yearText(w.text()))) {
        return null; // a row of figures that happens to hold years
      }
      cols.add(new Col(TableBuilder.cleanLabel(w.text()), w.x0(), w.x1()));
    }
    // header words continued on the lines below ("p/j" under "Structureel")
    int n = 1;
    while (i + n < lines.size()) {
      Line next = lines.get(i + n);
      if (next.page() != l.page() || next.top() - l.base() > 2.5f * l.height() * n) {
        break;
      }
      boolean allUnder = true;
      for (Word w : next.words()) {
        if (w.x1() < cols.get(0).x0() - 2 || AmountText.isValue(w.text(), NumberLocale.NL)) {
          allUnder = false;
          break;
        }
      }
      if (!allUnder || next.words().isEmpty()) {
        break;
      }
      for (Word w : next.words()) {
        int c = nearest(cols, w.center());
        Col col = cols.get(c);
        cols.set(c, new Col((col.key() + " " + TableBuilder.cleanLabel(w.text())).trim(),
            Math.min(col.x0(), w.x0()), Math.max(col.x1(), w.x1())));
        markers.addAll(DeclaredText.markers(w.text()));
      }
      n++;
    }
    return new Header(i, caption.toString().trim(), cols, n, markers);
  }

  /** A year header as printed, footnote marks aside ("2026¹"). */
  private static String yearText(String t) {
    return TableBuilder.cleanLabel(t);
  }

  private static int nearest(List<Col> cols, float x) {
    int best = 0;
    float d = Float.MAX_VALUE;
    for (int c = 0; c < cols.size(); c++) {
      float e = Math.abs(cols.get(c).center() - x);
      if (e < d) {
        d = e;
        best = c;
      }
    }
    return best;
  }

  /** The left edge of the value area: half a column gap left of the first column's center. */
  private static float valueEdge(List<Col> cols) {
    float gap = cols.size() > 1 ? cols.get(1).center() - cols.get(0).center()
        : cols.get(0).x1() - cols.get(0).x0();
    return Math.min(cols.get(0).center() - gap / 2, cols.get(0).x0() - 2);
  }

  /** One printed row of a table, before it is built: label lines and value words per column. */
  private static final class Pending {
    final List<Line> labelLines = new ArrayList<>();
    final Word[][] values;
    Line valueLine;
    final int page;

    Pending(int columns, int page) {
      values = new Word[columns][];
      this.page = page;
    }

    /**
     * The label lines joined in reading order; a row number left of the label (a column of its
     * own, ending before {@code labelStart}) comes first, wherever it stands vertically.
     */
    String label(float labelStart) {
      StringBuilder b = new StringBuilder();
      String number = null;
      List<Line> ls = new ArrayList<>(labelLines);
      ls.sort(Comparator.comparingInt(Line::page).thenComparingDouble(Line::base));
      for (Line l : ls) {
        for (Word w : l.words()) {
          if (number == null && w.x1() < labelStart && ROW_NUMBER.matcher(w.text()).matches()) {
            number = w.text();
            continue;
          }
          b.append(b.length() > 0 ? " " : "").append(w.text());
        }
      }
      return number == null ? b.toString() : (number + " " + b).trim();
    }

    boolean numbered(float labelStart) {
      for (Line l : labelLines) {
        for (Word w : l.words()) {
          if (w.x1() < labelStart && ROW_NUMBER.matcher(w.text()).matches()) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** Reads the table whose header starts at {@code at}; returns the line after the table. */
  private static int table(List<Line> lines, int at, Header h, ReadOptions options,
      List<DeclaredText.Statement> statements, String defaultId, List<Table> tables) {
    List<Col> cols = h.cols();
    float edge = valueEdge(cols);
    List<Pending> rows = new ArrayList<>();
    List<Line> loose = new ArrayList<>();
    int i = at + h.lines();
    Line previous = lines.get(at + h.lines() - 1);
    float spacing = 0;
    boolean total = false;
    for (; i < lines.size() && !total; i++) {
      Line l = lines.get(i);
      if (l.page() != previous.page()) {
        // the next page: its repeated header is skipped, its rows go on
        Header again = header(lines, i);
        if (again != null && sameKeys(again.cols(), cols)) {
          i += again.lines() - 1;
          cols = again.cols();
          edge = valueEdge(cols);
          previous = lines.get(i);
          continue;
        }
      } else {
        float limit = spacing > 0 ? Math.max(spacing * 2.6f, l.height() * 3.5f)
            : l.height() * 6f;
        if (l.top() - previous.base() > limit || header(lines, i) != null) {
          int next = continuedAt(lines, i, cols);
          if (next < 0) {
            break;
          }
          i = next - 1;
          continue;
        }
      }
      List<Word> label = new ArrayList<>();
      List<Word> vals = new ArrayList<>();
      boolean prose = false;
      for (Word w : l.words()) {
        if (w.x1() <= edge + 1) {
          label.add(w);
        } else if (w.x0() < edge - 2 || !valueLike(w.text(), options.locale())) {
          prose = true;
        } else {
          vals.add(w);
        }
      }
      if (prose && vals.isEmpty() && l.words().size() == 1 && i + 1 < lines.size()
          && isValueRow(lines.get(i + 1), l, edge, options.locale())) {
        loose.add(l); // a section row spanning the value columns
        previous = l;
        continue;
      }
      if (prose) {
        int next = continuedAt(lines, i, cols);
        if (next < 0) {
          break;
        }
        i = next - 1; // text at the foot of the page (a repeated table footer); the table goes on
        continue;
      }
      if (vals.isEmpty()) {
        loose.add(l);
        previous = l;
        continue;
      }
      Pending p = new Pending(cols.size(), l.page());
      p.valueLine = l;
      if (!label.isEmpty()) {
        p.labelLines.add(new Line(l.page(), l.base(), l.height(), label));
      }
      for (Word w : vals) {
        int c = nearest(cols, w.center());
        Word[] have = p.values[c];
        p.values[c] = have == null ? new Word[] {w} : append(have, w);
      }
      Pending last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
      if (last != null && last.valueLine.page() == l.page()) {
        float d = l.base() - last.valueLine.base();
        spacing = spacing == 0 ? d : Math.min(spacing, d);
      }
      rows.add(p);
      previous = l;
      total = TableBuilder.roleOf(p.label(0)) == RowRole.TOTAL;
    }
    if (rows.isEmpty()) {
      return at + h.lines();
    }
    // label lines without values: a wrapped label's other lines, or a section
    List<Line> sections = new ArrayList<>();
    float rowSpacing = spacing > 0 ? spacing : rows.get(0).valueLine.height() * 2;
    for (Line l : loose) {
      Pending best = null;
      float bestDistance = Float.MAX_VALUE;
      for (Pending p : rows) {
        if (p.valueLine.page() != l.page()) {
          continue;
        }
        float d = Math.abs(p.valueLine.base() - l.base());
        if (d < bestDistance) {
          bestDistance = d;
          best = p;
        }
      }
      if (best != null && bestDistance < rowSpacing * 0.9f) {
        best.labelLines.add(l);
      } else {
        sections.add(l);
      }
    }
    // the last row that took a loose line after a total may not be the total any more
    int endRow = rows.size();
    List<String> keys = new ArrayList<>();
    for (Col c : cols) {
      keys.add(c.key());
    }
    TableBuilder b = new TableBuilder(keys);
    List<String> markers = new ArrayList<>(h.markers());
    int maxScale = 0;
    int complete = 0;
    int values = 0;
    int aligned = 0;
    float[] lefts = new float[cols.size()];
    float[] rights = new float[cols.size()];
    float[] centers = new float[cols.size()];
    alignment(rows, cols.size(), lefts, rights, centers);
    float labelStart = labelStart(rows, sections);
    int rowNo = 0;
    int sectionAt = 0;
    List<Line> orderedSections = new ArrayList<>(sections);
    for (int r = 0; r < endRow; r++) {
      Pending p = rows.get(r);
      while (sectionAt < orderedSections.size() && before(orderedSections.get(sectionAt), p)) {
        Line s = orderedSections.get(sectionAt++);
        rowNo++;
        b.add(s.text(), List.of(), 0, 0, lineBox(s));
      }
      rowNo++;
      String label = p.label(labelStart);
      if (p.numbered(labelStart)) {
        b.numbered();
      }
      markers.addAll(DeclaredText.markers(label));
      List<Cell> cells = new ArrayList<>();
      boolean full = true;
      for (int c = 0; c < cols.size(); c++) {
        Word[] ws = p.values[c];
        String text = ws == null ? "" : join(ws);
        AmountText.Reading reading = AmountText.read(text, options.locale());
        if (reading.kind() == CellKind.NUMBER) {
          maxScale = Math.max(maxScale, reading.amount().scale());
        }
        full &= ws != null;
        org.agendacheck.model.Location box;
        if (ws == null) {
          Col col = cols.get(c);
          box = box(p.page, col.x0(), p.valueLine.top(), col.x1() - col.x0(), p.valueLine.height());
        } else {
          values++;
          if (isAligned(ws, lefts[c], rights[c], centers[c])) {
            aligned++;
          }
          float x0 = ws[0].x0();
          float x1 = ws[ws.length - 1].x1();
          float top = Float.MAX_VALUE;
          float base = 0;
          for (Word w : ws) {
            top = Math.min(top, w.top());
            base = Math.max(base, w.base());
          }
          box = box(p.page, x0, top, x1 - x0, base - top);
        }
        cells.add(reading.toCell(text, 0, 0).withLocation(box));
      }
      if (full) {
        complete++;
      }
      b.add(label, cells, 0, 0, lineBox(p.valueLine));
    }
    Rounding rounding = options.defaultRounding();
    String from = options.defaultRoundingSource();
    int lastLine = Math.max(i - 1, at);
    DeclaredText.Statement s = DeclaredText.choose(statements, markers, at + 1, lastLine + 1);
    if (s != null) {
      BigDecimal step = s.step() != null ? s.step() : BigDecimal.ONE.movePointLeft(maxScale);
      rounding = new Rounding(s.mode(), step);
      from = s.describe("line") + (s.step() == null ? ", at the last digit shown" : "");
    }
    String title = title(lines, at);
    String unit = DeclaredText.unit(h.caption());
    for (int k = 1; unit == null && k <= 3 && at - k >= 0; k++) {
      unit = DeclaredText.unit(lines.get(at - k).text());
    }
    // the notes a label's marks refer to: footnotes printed below the table, each joined with the
    // lines it wraps onto
    int below = i;
    b.footnotes(mark -> Footnotes.note(notes(lines, below), mark, 0));
    Table t = b.build(defaultId, tables.size(), title, unit, rounding, from, options.meta());
    t.setReading(new TableReading("text positions", endRow, complete, values, aligned));
    tables.add(t);
    return i;
  }

  /**
   * Where the labels start: the left edge most label words that are not row numbers share. Row
   * numbers stand left of it, in a column of their own.
   */
  private static float labelStart(List<Pending> rows, List<Line> sections) {
    Map<Float, Integer> starts = new HashMap<>();
    for (Pending p : rows) {
      for (Line l : p.labelLines) {
        for (Word w : l.words()) {
          if (!ROW_NUMBER.matcher(w.text()).matches()) {
            starts.merge(Math.round(w.x0()) * 1f, 1, Integer::sum);
            break;
          }
        }
      }
    }
    Map.Entry<Float, Integer> m = mode(starts);
    return m == null ? 0 : m.getKey() - 1;
  }

  /**
   * True when {@code l}, just below {@code above} on its page, is a row: a label, with or without
   * values beside it (a wrapped label's values may stand on a line of their own).
   */
  private static boolean isValueRow(Line l, Line above, float edge, NumberLocale locale) {
    if (l.page() != above.page() || l.top() - above.base() > 3 * above.height()) {
      return false;
    }
    boolean label = false;
    boolean values = false;
    for (Word w : l.words()) {
      if (w.x1() <= edge + 1) {
        label = true;
      } else if (w.x0() >= edge - 2 && valueLike(w.text(), locale)) {
        values = true;
      } else {
        return false;
      }
    }
    return label;
  }

  /**
   * Where a table interrupted at line {@code i} goes on: the first line of the next page, when that
   * page starts with the same header and no row of values stands between; else -1.
   */
  private static int continuedAt(List<Line> lines, int i, List<Col> cols) {
    int page = lines.get(i).page();
    int j = i;
    while (j < lines.size() && lines.get(j).page() == page) {
      j++;
    }
    if (j >= lines.size() || lines.get(j).page() != page + 1) {
      return -1;
    }
    Header again = header(lines, j);
    return again != null && sameKeys(again.cols(), cols) ? j : -1;
  }

  private static boolean before(Line l, Pending p) {
    Line v = p.valueLine;
    return l.page() < v.page() || (l.page() == v.page() && l.base() < v.base());
  }

  private static boolean sameKeys(List<Col> a, List<Col> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).key().equals(b.get(i).key())) {
        return false;
      }
    }
    return true;
  }

  /** True for a word that can stand in a value column: a value, or a piece of a broken number. */
  private static boolean valueLike(String text, NumberLocale locale) {
    if (AmountText.isValue(text, locale)) {
      return true;
    }
    String t = text.replaceAll("[\\s\\u00A0]", "");
    return t.length() <= 24 && t.matches("[-\\u2212\\u2013(]?[€]?[\\d.,]*\\d[\\d.,]*\\)?[*\\u00B9\\u00B2\\u00B3\\u2070-\\u2079%]*")
        || t.length() <= 12 && !t.chars().anyMatch(Character::isWhitespace);
  }

  private static Word[] append(Word[] a, Word w) {
    Word[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = w;
    java.util.Arrays.sort(out, Comparator.comparingDouble(Word::x0));
    return out;
  }

  private static String join(Word[] ws) {
    StringBuilder b = new StringBuilder();
    for (Word w : ws) {
      b.append(b.length() > 0 ? " " : "").append(w.text());
    }
    return b.toString();
  }

  /** A box on a page, in points rounded to a tenth. */
  private static org.agendacheck.model.Location box(int page, float x, float y, float w, float h) {
    return new org.agendacheck.model.Location.PageBox(page, tenth(x), tenth(y), tenth(w), tenth(h));
  }

  /** The box of a printed line: a row's place. */
  private static org.agendacheck.model.Location lineBox(Line l) {
    Word first = l.words().get(0);
    Word last = l.words().get(l.words().size() - 1);
    return box(l.page(), first.x0(), l.top(), last.x1() - first.x0(), l.height());
  }

  private static BigDecimal tenth(float f) {
    return BigDecimal.valueOf(Math.round(f * 10L)).movePointLeft(1);
  }

  private static String fmt(float f) {
    BigDecimal d = BigDecimal.valueOf(Math.round(f * 10) / 10.0).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /**
   * Per column, the edge most values share: left, right or center, each rounded to half a point;
   * the alignment with the most values wins (NaN edges for the others).
   */
  private static void alignment(List<Pending> rows, int n, float[] lefts, float[] rights,
      float[] centers) {
    for (int c = 0; c < n; c++) {
      Map<Float, Integer> l = new HashMap<>();
      Map<Float, Integer> r = new HashMap<>();
      Map<Float, Integer> m = new HashMap<>();
      for (Pending p : rows) {
        Word[] ws = p.values[c];
        if (ws == null) {
          continue;
        }
        float x0 = ws[0].x0();
        float x1 = ws[ws.length - 1].x1();
        l.merge(Math.round(x0 * 2) / 2f, 1, Integer::sum);
        r.merge(Math.round(x1 * 2) / 2f, 1, Integer::sum);
        m.merge(Math.round((x0 + x1)) / 2f, 1, Integer::sum);
      }
      Map.Entry<Float, Integer> bl = mode(l);
      Map.Entry<Float, Integer> br = mode(r);
      Map.Entry<Float, Integer> bm = mode(m);
      int best = Math.max(count(bl), Math.max(count(br), count(bm)));
      lefts[c] = count(bl) == best && bl != null ? bl.getKey() : Float.NaN;
      rights[c] = count(br) == best && br != null ? br.getKey() : Float.NaN;
      centers[c] = count(bm) == best && bm != null ? bm.getKey() : Float.NaN;
    }
  }

  private static Map.Entry<Float, Integer> mode(Map<Float, Integer> m) {
    return m.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey())).orElse(null);
  }

  private static int count(Map.Entry<Float, Integer> e) {
    return e == null ? 0 : e.getValue();
  }

  private static boolean isAligned(Word[] ws, float left, float right, float center) {
    float x0 = ws[0].x0();
    float x1 = ws[ws.length - 1].x1();
    return (!Float.isNaN(left) && Math.abs(x0 - left) <= 1.5f)
        || (!Float.isNaN(right) && Math.abs(x1 - right) <= 1.5f)
        || (!Float.isNaN(center) && Math.abs((x0 + x1) / 2 - center) <= 1.5f);
  }

  /**
   * The title: the line right above the header when it is short and no sentence (a caption),
   * else a heading (a line printed larger than the header) within twelve lines above it on its
   * page. A line that only names the unit is passed over.
   */
  private static String title(List<Line> lines, int at) {
    Line h = lines.get(at);
    for (int k = at - 1; k >= 0 && k >= at - 2; k--) {
      Line l = lines.get(k);
      String t = TableBuilder.cleanLabel(l.text());
      if (l.page() != h.page() || t.isEmpty()) {
        break;
      }
      if (DeclaredText.unit(t) != null && t.length() < 40) {
        continue;
      }
      if (t.length() <= 120 && !t.endsWith(".") && !t.endsWith(",")) {
        return t;
      }
      break;
    }
    for (int k = at - 1; k >= 0 && k >= at - 12; k--) {
      Line l = lines.get(k);
      if (l.page() != h.page()) {
        break;
      }
      if (l.height() > h.height() * 1.15f) {
        return TableBuilder.cleanLabel(l.text());
      }
    }
    return null;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static boolean structural(String key) {
    return Column.classify(key).getKind() == ColumnKind.STRUCTURAL;
  }
}
