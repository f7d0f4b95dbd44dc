package org.agendacheck.report.html;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.agendacheck.engine.Severity;
import org.agendacheck.engine.ValidationResult;
import org.agendacheck.model.Cell;
import org.agendacheck.model.Column;
import org.agendacheck.model.Document;
import org.agendacheck.model.Row;
import org.agendacheck.model.Table;
import org.agendacheck.report.ReportInput;
import org.agendacheck.report.ReportWriter;
import org.agendacheck.report.view.Arithmetic;
import org.agendacheck.report.view.FindingView;
import org.agendacheck.report.view.FindingViews;
import org.agendacheck.report.view.UiText;

/**
 * {@code --format html}: one page that works offline (from a mail attachment or a file share). It
 * shows the run's summary and verdict, each document's tables as they were read with every cell's
 * text, the cells with findings marked by severity in colour and with a symbol and word, their
 * messages on hover and focus, the cells that took part in a failed sum outlined, and a findings
 * list that links to the cells and filters by severity and rule. The page has no scripts; filters
 * are checkboxes and CSS.
 */
public final class HtmlReport implements ReportWriter {
  /** Above this many rows in all, tables without findings are summarised, not shown. */
  static final int FULL_REPORT_ROWS = 5_000;
  /** A table with findings longer than this shows only the rows near its marked cells. */
  static final int FULL_TABLE_ROWS = 2_000;
  /** Rows shown around each row with a mark in a long table. */
  static final int CONTEXT_ROWS = 2;
  /** A finding of at most this many contributing cells keeps them shown in a long table. */
  static final int FEW_CELLS = 50;
  /** The findings list shows at most this many; the JSON report has them all. */
  static final int LISTED_FINDINGS = 5_000;

  private final UiText text;

  /** A report in the language of its input ({@code --lang}). */
  public HtmlReport() {
    this.text = null;
  }

  /** A report in a language whatever its input says: "nl" for Dutch, else English. */
  public HtmlReport(String language) {
    this.text = UiText.of(language);
  }

  @Override
  public void write(ValidationResult result, Writer out) throws IOException {
    write(ReportInput.of(result), out);
  }

  @Override
  public void write(ReportInput in, Writer out) throws IOException {
    new Page(in, text != null ? text : UiText.of(in.lang().code()), out).write();
  }

  /** The marks of one cell (or row label, column header, table caption): its findings. */
  private static final class Marks {
    final List<FindingView> findings = new ArrayList<>();
    final List<FindingView> partOf = new ArrayList<>();

    Severity worst() {
      Severity w = null;
      for (FindingView f : findings) {
        if (w == null || f.severity().ordinal() < w.ordinal()) {
          w = f.severity();
        }
      }
      return w;
    }
  }

  private static final class Page {
    private final ReportInput in;
    private final UiText t;
    private final Writer out;
    private final List<FindingView> views;
    private final Map<Object, Marks> marks = new IdentityHashMap<>();
    private final Map<FindingView, String> anchorOf = new IdentityHashMap<>();
    private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    private final Map<Document, Integer> docIndex = new IdentityHashMap<>();

    Page(ReportInput in, UiText t, Writer out) {
      this.in = in;
      this.t = t;
      this.out = out;
      this.views = FindingViews.of(in.result(),
          org.agendacheck.engine.Language.parse(t.code()));
      for (FindingView f : views) {
        ruleIndex.putIfAbsent(f.rule(), ruleIndex.size());
        Object key = f.cell() != null ? f.cell() : f.row() != null ? f.row()
            : f.table() != null ? f.table() : null;
        if (key != null) {
          marks.computeIfAbsent(key, k -> new Marks()).findings.add(f);
        }
        for (Cell c : f.alsoAt()) {
          marks.computeIfAbsent(c, k -> new Marks()).findings.add(f);
        }
        for (Cell c : f.contributing()) {
          marks.computeIfAbsent(c, k -> new Marks()).partOf.add(f);
        }
      }
    }

    void write() throws IOException {
      List<Document> docs = FindingViews.documents(in.result(), views);
      for (Document d : docs) {
        docIndex.put(d, docIndex.size());
      }
      for (FindingView f : views) {
        anchorOf.put(f, anchor(f));
      }
      w("<!DOCTYPE html>\n<html lang=\"").w(t.code()).w("\">\n<head>\n<meta charset=\"utf-8\">\n");
      // Nothing may be fetched: a report opened from a mail or a share must not call out.
      w("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          + "style-src 'unsafe-inline'; img-src data:\">\n");
      w("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
      w("<title>").e(t.get("title")).w("</title>\n<style>\n").w(Css.BASE);
      for (int i = 0; i < ruleIndex.size(); i++) {
        w("#fr-").w(i).w(":not(:checked) ~ ol .rule-").w(i).w(" {display:none}\n");
      }
      w("</style>\n</head>\n<body>\n");
      w("<a class=\"skip\" href=\"#findings\">").e(t.get("skip")).w("</a>\n");
      header();
      findingsList();
      w("<main>\n<h2>").e(t.get("documents")).w("</h2>\n");
      long totalRows = 0;
      for (Document d : docs) {
        for (Table tb : d.tables()) {
          totalRows += tb.getRowCount();
        }
      }
      boolean large = totalRows > FULL_REPORT_ROWS;
      for (Document d : docs) {
        document(d, large);
      }
      sourcesWithoutDocument(docs);
      w("</main>\n</body>\n</html>\n");
    }

    private void header() throws IOException {
      ValidationResult r = in.result();
      w("<header>\n<h1>").e(t.get("title")).w("</h1>\n");
      w("<dl class=\"summary\" aria-label=\"").e(t.get("summary")).w("\">\n");
      item("files", String.valueOf(r.files()), "");
      item("errors", String.valueOf(r.count(Severity.ERROR)), " sev-error");
      item("warnings", String.valueOf(r.count(Severity.WARNING)), " sev-warning");
      item("infos", String.valueOf(r.count(Severity.INFO)), " sev-info");
      if (in.baselineApplied()) {
        item("suppressed", String.valueOf(in.suppressed().size()), "");
      }
      w("</dl>\n");
      boolean fails = r.failsAt(in.failOn());
      w("<p class=\"verdict ").w(fails ? "fail" : "pass").w("\"><strong>").e(t.get("verdict"))
          .w(": ").w(fails ? "&#x2716; " : "&#x2714; ").e(t.get(fails ? "fail" : "pass"))
          .w("</strong> (").e(in.failOn() == null ? t.get("failOnNone")
              : t.get("failOn", t.severity(in.failOn()))).w(")</p>\n");
      w("<p class=\"keys\">").e(t.get("keys")).w("</p>\n</header>\n");
    }

    private void item(String key, String value, String cls) throws IOException {
      w("<div class=\"count").w(cls).w("\"><dt>").e(t.get(key)).w("</dt><dd>").e(value)
          .w("</dd></div>\n");
    }

    private void findingsList() throws IOException {
      w("<section id=\"findings\" aria-labelledby=\"findings-h\">\n<h2 id=\"findings-h\">")
          .e(t.get("findings")).w(" (").w(views.size()).w(")</h2>\n");
      if (views.isEmpty()) {
        w("<p>").e(t.get("noFindings")).w("</p>\n</section>\n");
        return;
      }
      w("<div class=\"filters\">\n<span class=\"flabel\">").e(t.get("filterSeverity"))
          .w(":</span>\n");
      for (Severity s : Severity.values()) {
        w("<input type=\"checkbox\" id=\"fs-").w(s.label()).w("\" checked><label for=\"fs-")
            .w(s.label()).w("\" class=\"badge sev-").w(s.label()).w("\">").w(symbol(s)).w(' ')
            .e(t.severity(s)).w("</label>\n");
      }
      w("<span class=\"flabel\">").e(t.get("filterRule")).w(":</span>\n");
      for (Map.Entry<String, Integer> e : ruleIndex.entrySet()) {
        w("<input type=\"checkbox\" id=\"fr-").w(e.getValue()).w("\" checked><label for=\"fr-")
            .w(e.getValue()).w("\"><code>").e(e.getKey()).w("</code></label>\n");
      }
      w("<ol class=\"findings\">\n");
      int listed = 0;
      for (FindingView f : views) {
        if (listed++ == LISTED_FINDINGS) {
          break;
        }
        String sev = f.severity().label();
        w("<li id=\"f-").w(f.index()).w("\" class=\"finding sev-").w(sev).w(" rule-")
            .w(ruleIndex.get(f.rule())).w("\">");
        badge(f.severity());
        w(" <code class=\"rule\">").e(f.rule()).w("</code> ");
        String anchor = anchorOf.get(f);
        String place = f.source() + (f.where().isEmpty() ? "" : " \u2014 " + f.where());
        if (anchor != null) {
          w("<a href=\"#").w(anchor).w("\" title=\"").e(t.get("toCell")).w("\">").e(place)
              .w("</a>");
        } else {
          w("<span class=\"place\">").e(place).w("</span>");
        }
        w(": <span class=\"msg\">").e(f.message()).w("</span>");
        arithmetic(f);
        w("</li>\n");
      }
      w("</ol>\n");
      if (views.size() > LISTED_FINDINGS) {
        w("<p>").e(t.get("moreFindings", views.size() - LISTED_FINDINGS)).w("</p>\n");
      }
      w("</div>\n</section>\n");
    }

    private void arithmetic(FindingView f) throws IOException {
      Arithmetic a = f.arithmetic();
      if (a == null) {
        return;
      }
      w("<span class=\"arith\">");
      w(t.get("published")).w(" <b>").e(a.published()).w("</b> \u00b7 ").w(t.get("computed"))
          .w(" <b>").e(a.computed()).w("</b>");
      if (a.difference() != null) {
        w(" \u00b7 ").w(t.get("difference")).w(" <b>").e(a.difference()).w("</b>");
      }
      if (a.tolerance() != null) {
        w(" \u00b7 ").w(t.get("tolerance")).w(" <b>").e(a.tolerance()).w("</b>");
      }
      if (!f.contributing().isEmpty()) {
        w(" \u00b7 ").e(t.get("contributing")).w(": ");
        StringBuilder b = new StringBuilder();
        List<Cell> cells = f.contributing();
        for (Cell c : cells.subList(0, Math.min(cells.size(), FEW_CELLS))) {
          if (b.length() > 0) {
            b.append(", ");
          }
          b.append(cellName(c));
        }
        if (cells.size() > FEW_CELLS) {
          // a total over thousands of items: the JSON report lists every cell
          b.append(" ").append(t.get("andMore", cells.size() - FEW_CELLS));
        }
        e(b.toString());
      }
      w("</span>");
    }

    private String cellName(Cell c) {
      if (words(c.getLocation()) != null) {
        return words(c.getLocation());
      }
      Row r = c.getRow();
      Column k = c.getColumn();
      return r == null || k == null ? c.display() : r.getLabel() + ", " + k.getKey();
    }

    private void document(Document d, boolean large) throws IOException {
      int di = docIndex.get(d);
      w("<section class=\"doc\" id=\"d-").w(di).w("\">\n<h3>").e(d.source()).w("</h3>\n");
      List<FindingView> onSource = new ArrayList<>();
      for (FindingView f : views) {
        if (f.document() == d && f.table() == null) {
          onSource.add(f);
        }
      }
      sourceFindings(onSource);
      for (int ti = 0; ti < d.tables().size(); ti++) {
        table(d.tables().get(ti), di, ti, large);
      }
      w("</section>\n");
    }

    private void sourceFindings(List<FindingView> list) throws IOException {
      if (list.isEmpty()) {
        return;
      }
      w("<ul class=\"onsource\">\n");
      for (FindingView f : list) {
        w("<li id=\"").w(anchorOf.get(f)).w("\" tabindex=\"0\" class=\"mark sev-")
            .w(f.severity().label()).w("\">");
        badge(f.severity());
        w(" <code>").e(f.rule()).w("</code> ").e(f.where().isEmpty() ? t.get("onSource")
            : f.where()).w(": ").e(f.message()).w(" <a href=\"#f-").w(f.index()).w("\">")
            .e(t.get("toList")).w("</a></li>\n");
      }
      w("</ul>\n");
    }

    private void table(Table tb, int di, int ti, boolean large) throws IOException {
      String id = "t-" + di + "-" + ti;
      Marks tm = marks.get(tb);
      boolean hasMarks = tm != null || tableHasMarks(tb);
      w("<figure class=\"tbl\" id=\"").w(id).w("\">\n<figcaption");
      markAttributes(tm, "");
      w("><h4>").e(t.get("table")).w(": ").e(tb.getTitle() == null || tb.getTitle().isBlank()
          ? tb.getId() : tb.getTitle());
      if (tb.getTitle() != null && !tb.getTitle().isBlank() && !tb.getTitle().equals(tb.getId())) {
        w(" <span class=\"tid\">(").e(tb.getId()).w(")</span>");
      }
      w("</h4>\n<dl class=\"meta\">");
      if (tb.getUnit() != null && !tb.getUnit().isBlank()) {
        w("<dt>").e(t.get("unit")).w("</dt><dd>").e(tb.getUnit()).w("</dd>");
      }
      w("<dt>").e(t.get("rounding")).w("</dt><dd>");
      if (tb.getRounding().isDeclared()) {
        e(tb.getRounding().toString()).w("; ").e(tb.getRoundingSource() == null
            ? t.get("declaredWithTable") : t.get("declaredAt") + " " + tb.getRoundingSource());
      } else {
        e(t.get("roundingNone"));
      }
      w("</dd><dt>").e(t.get("rows")).w("</dt><dd>").w(tb.getRowCount()).w("</dd></dl>\n");
      tip(tm);
      w("</figcaption>\n");
      if (!hasMarks && large) {
        w("<p class=\"summarised\">").e(t.get("summarised", tb.getRowCount(),
            tb.getColumnCount())).w("</p>\n");
        columnsLine(tb);
        w("</figure>\n");
        return;
      }
      w("<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">").e(t.get("label"))
          .w("</th>");
      for (Column c : tb.getColumns()) {
        w("<th scope=\"col\" class=\"k-").w(c.getKind().name().toLowerCase(java.util.Locale.ROOT))
            .w("\">").e(c.getKey()).w("</th>");
      }
      w("</tr></thead>\n<tbody>\n");
      boolean[] shown = shownRows(tb);
      String section = null;
      int hidden = 0;
      int width = tb.getColumnCount() + 1;
      for (int ri = 0; ri < tb.getRowCount(); ri++) {
        Row r = tb.getRows().get(ri);
        if (!shown[ri]) {
          hidden++;
          continue;
        }
        if (hidden > 0) {
          w("<tr class=\"elided\"><td colspan=\"").w(width).w("\">\u2026 ").e(t.get("elided", hidden))
              .w("</td></tr>\n");
          hidden = 0;
        }
        if (r.getSection() != null && !r.getSection().equals(section)) {
          w("<tr class=\"section\"><th colspan=\"").w(width).w("\" scope=\"rowgroup\">")
              .e(r.getSection()).w("</th></tr>\n");
        }
        section = r.getSection();
        row(r, di, ti, ri);
      }
      if (hidden > 0) {
        w("<tr class=\"elided\"><td colspan=\"").w(width).w("\">\u2026 ").e(t.get("elided", hidden))
            .w("</td></tr>\n");
      }
      w("</tbody></table></div>\n</figure>\n");
    }

    private void columnsLine(Table tb) throws IOException {
      w("<p class=\"cols\">").e(t.get("columns")).w(": ");
      StringBuilder b = new StringBuilder();
      for (Column c : tb.getColumns()) {
        b.append(b.length() == 0 ? "" : ", ").append(c.getKey());
      }
      e(b.toString()).w("</p>\n");
    }

    private boolean tableHasMarks(Table tb) {
      for (FindingView f : views) {
        if (f.table() == tb) {
          return true;
        }
        for (Cell c : f.contributing()) {
          if (c.getRow() != null && c.getRow().getTable() == tb) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Whether a mark keeps its row in a long table: a finding of its own, or a part in a finding of
     * few cells (a referenced cell, a formula's terms); the items of a total over thousands of rows
     * are outlined where shown, but do not keep them all.
     */
    private static boolean shows(Marks m) {
      if (m == null) {
        return false;
      }
      if (!m.findings.isEmpty()) {
        return true;
      }
      for (FindingView f : m.partOf) {
        if (f.contributing().size() <= FEW_CELLS) {
          return true;
        }
      }
      return false;
    }

    private boolean[] shownRows(Table tb) {
      boolean[] shown = new boolean[tb.getRowCount()];
      if (tb.getRowCount() <= FULL_TABLE_ROWS) {
        java.util.Arrays.fill(shown, true);
        return shown;
      }
      TreeSet<Integer> marked = new TreeSet<>();
      for (Row r : tb.getRows()) {
        boolean m = shows(marks.get(r)) || r.isTotal() || r.isSubtotal();
        for (Cell c : r.getCells()) {
          m |= shows(marks.get(c));
        }
        if (m) {
          marked.add(r.getIndex());
        }
      }
      for (int i : marked) {
        for (int j = Math.max(0, i - CONTEXT_ROWS); j <= Math.min(shown.length - 1,
            i + CONTEXT_ROWS); j++) {
          shown[j] = true;
        }
      }
      return shown;
    }

    private void row(Row r, int di, int ti, int ri) throws IOException {
      Marks rm = marks.get(r);
      String cls = r.isTotal() ? "total" : r.isSubtotal() ? "subtotal" : null;
      w("<tr").w(cls == null ? "" : " class=\"" + cls + "\"").w("><th scope=\"row\"");
      markAttributes(rm, "c-" + di + "-" + ti + "-" + ri + "-l");
      locationAttribute(words(r.getLocation()), r.getLine(), r.getCol(), rm);
      w(">");
      if (r.getId() != null) {
        w("<span class=\"rid\">").e(r.getId()).w("</span> ");
      }
      e(r.getLabel());
      tip(rm);
      w("</th>");
      List<Cell> cells = r.getCells();
      for (int ci = 0; ci < cells.size(); ci++) {
        Cell c = cells.get(ci);
        Marks cm = marks.get(c);
        w("<td");
        markAttributes(cm, "c-" + di + "-" + ti + "-" + ri + "-" + ci);
        locationAttribute(words(c.getLocation()), c.getLine(), c.getCol(), cm);
        w(">");
        String text = c.getText();
        e(text == null ? "" : text);
        tip(cm);
        w("</td>");
      }
      w("</tr>\n");
    }

    /** The place in words for sources without lines (as the reader named it), or null. */
    private static String words(org.agendacheck.model.Location l) {
      return l.isKnown() && !(l instanceof org.agendacheck.model.Location.TextPosition) ? l.text()
          : null;
    }

    /** The place in the source of a marked element: "NDS!D20", "table 1, row 3, cell 4", "7:53". */
    private void locationAttribute(String location, int line, int col, Marks m) throws IOException {
      if (m == null) {
        return;
      }
      String where = location != null ? location
          : line > 0 ? line + (col > 0 ? ":" + col : "") : null;
      if (where != null) {
        w(" data-loc=\"").e(where).w("\"");
      }
    }

    /** Class, id, tabindex and numbers of a marked element; its id alone when unmarked. */
    private void markAttributes(Marks m, String id) throws IOException {
      if (m == null) {
        return;
      }
      if (!id.isEmpty()) {
        w(" id=\"").w(id).w("\"");
      }
      StringBuilder cls = new StringBuilder();
      Severity worst = m.worst();
      if (worst != null) {
        cls.append("mark sev-").append(worst.label());
      }
      if (!m.partOf.isEmpty()) {
        cls.append(cls.length() == 0 ? "" : " ").append("contrib");
      }
      w(" class=\"").w(cls.toString()).w("\" tabindex=\"0\"");
      LinkedHashSet<Integer> numbers = new LinkedHashSet<>();
      StringBuilder title = new StringBuilder();
      for (FindingView f : m.findings) {
        numbers.add(f.index() + 1);
        title.append(title.length() == 0 ? "" : "\n").append(symbolText(f.severity())).append(' ')
            .append(t.severity(f.severity())).append(' ').append(f.rule()).append(": ")
            .append(f.message());
      }
      for (FindingView f : m.partOf) {
        title.append(title.length() == 0 ? "" : "\n").append(t.get("contributing")).append(" #")
            .append(f.index() + 1).append(": ").append(f.message());
      }
      if (!numbers.isEmpty()) {
        StringBuilder n = new StringBuilder();
        for (int i : numbers) {
          n.append(n.length() == 0 ? "" : ",").append(i);
        }
        w(" data-n=\"").w(n.toString()).w("\"");
      }
      w(" title=\"").e(title.toString()).w("\"");
    }

    /** The symbol and the messages of a mark, shown on hover and focus. */
    private void tip(Marks m) throws IOException {
      if (m == null) {
        return;
      }
      Severity worst = m.worst();
      if (worst != null) {
        w("<span class=\"sym\" aria-hidden=\"true\">").w(symbol(worst)).w("</span>");
      }
      w("<span class=\"tip\" role=\"tooltip\">");
      for (FindingView f : m.findings) {
        w("<span class=\"tipline\">");
        badge(f.severity());
        w(" <code>").e(f.rule()).w("</code> ").e(f.message());
        arithmetic(f);
        if (f.index() < LISTED_FINDINGS) {
          w(" <a href=\"#f-").w(f.index()).w("\">").e(t.get("toList")).w("</a>");
        }
        w("</span>");
      }
      for (FindingView f : m.partOf) {
        w("<span class=\"tipline\">").e(t.get("contributing")).w(" #").w(f.index() + 1)
            .w(": ").e(f.message()).w("</span>");
      }
      w("</span>");
    }

    private void badge(Severity s) throws IOException {
      w("<span class=\"badge sev-").w(s.label()).w("\">").w(symbol(s)).w(' ').e(t.severity(s))
          .w("</span>");
    }

    private void sourcesWithoutDocument(List<Document> docs) throws IOException {
      LinkedHashSet<String> known = new LinkedHashSet<>();
      for (Document d : docs) {
        known.add(d.source());
      }
      Map<String, List<FindingView>> bySource = new LinkedHashMap<>();
      for (FindingView f : views) {
        if (f.document() == null && !known.contains(f.source())) {
          bySource.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f);
        }
      }
      for (Map.Entry<String, List<FindingView>> e : bySource.entrySet()) {
        w("<section class=\"doc\"><h3>").e(e.getKey()).w("</h3>\n");
        sourceFindings(e.getValue());
        w("</section>\n");
      }
      List<String> clean = new ArrayList<>();
      for (String s : in.sources()) {
        if (!known.contains(s) && !bySource.containsKey(s)) {
          clean.add(s);
        }
      }
      if (!clean.isEmpty()) {
        w("<section class=\"doc\"><h3>").e(t.get("withoutTables")).w("</h3>\n<ul>\n");
        for (String s : clean) {
          w("<li>").e(s).w("</li>\n");
        }
        w("</ul>\n</section>\n");
      }
    }

    /** The anchor of a finding's mark, or null when the page shows no element for it. */
    private String anchor(FindingView f) {
      if (f.table() == null) {
        return "src-" + f.index();
      }
      if (f.document() == null || !docIndex.containsKey(f.document())) {
        return null;
      }
      int di = docIndex.get(f.document());
      int ti = f.document().tables().indexOf(f.table());
      if (f.table() == null) {
        return "src-" + f.index();
      }
      if (f.cell() != null) {
        return "c-" + di + "-" + ti + "-" + f.row().getIndex() + "-"
            + f.row().getCells().indexOf(f.cell());
      }
      if (f.row() != null) {
        return "c-" + di + "-" + ti + "-" + f.row().getIndex() + "-l";
      }
      return "t-" + di + "-" + ti;
    }

    private Page w(String s) throws IOException {
      out.write(s);
      return this;
    }

    private Page w(int i) throws IOException {
      out.write(Integer.toString(i));
      return this;
    }

    private Page w(char c) throws IOException {
      out.write(c);
      return this;
    }

    private Page e(String s) throws IOException {
      if (s == null) {
        return this;
      }
      s = org.agendacheck.report.Controls.escape(s);
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '<' -> out.write("&lt;");
          case '>' -> out.write("&gt;");
          case '&' -> out.write("&amp;");
          case '"' -> out.write("&quot;");
          case '\'' -> out.write("&#39;");
          default -> out.write(c);
        }
      }
      return this;
    }
  }

  static String symbol(Severity s) {
    return switch (s) {
      case ERROR -> "&#x2716;";
      case WARNING -> "&#x25B2;";
      case INFO -> "&#x25CF;";
    };
  }

  static String symbolText(Severity s) {
    return switch (s) {
      case ERROR -> "\u2716";
      case WARNING -> "\u25B2";
      case INFO -> "\u25CF";
    };
  }
}
