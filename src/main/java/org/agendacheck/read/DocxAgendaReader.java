package org.agendacheck.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agendacheck.model.Cell;
import org.agendacheck.model.CellKind;
import org.agendacheck.model.Document;
import org.agendacheck.model.Location;
import org.agendacheck.model.Problem;
import org.agendacheck.model.Rounding;
import org.agendacheck.model.Table;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads every table in a Word document (.docx). The paragraph before a table is its title; the
 * unit comes from text such as "Bedragen in € mln" or "Bedragen x € 1 mln" in the table's first
 * cell or the paragraphs before it; the rounding from a sentence near the table or, when the
 * document says it once, anywhere (footnotes included). Locations read {@code table 2, row 5, cell
 * 3}.
 */
public final class DocxAgendaReader implements AgendaReader {
  /** The largest part POI reads into memory (its own record limit), so the largest we accept. */
  static final long MAX_PART = 100_000_000L;

  @Override
  public Document read(String source, String defaultId, InputStream in, ReadOptions options)
      throws IOException {
    byte[] bytes = in.readNBytes(XlsxAgendaReader.MAX_BYTES + 1);
    if (bytes.length > XlsxAgendaReader.MAX_BYTES) {
      return Document.unreadable(source, Problem.of("docx-too-large",
          "mib", XlsxAgendaReader.MAX_BYTES >> 20));
    }
    if (OfficeBytes.isOle2(bytes)) {
      return Document.unreadable(source, Problem.of("docx-encrypted"));
    }
    try {
      // POI's zip limits are process-wide settings; the read checks its own before POI opens it
      XlsxPackage.of(bytes).checkParts(MAX_PART);
    } catch (IOException e) {
      return Document.unreadable(source, Problem.of("docx-unreadable", "detail", e.getMessage()));
    }
    List<Table> tables = new ArrayList<>();
    String damage = damage(bytes, false);
    if (damage != null) {
      return Document.unreadable(source, Problem.of("docx-unreadable", "detail", damage));
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<String> paragraphs = new ArrayList<>();
      List<Integer> tableAt = new ArrayList<>();
      List<XWPFTable> found = new ArrayList<>();
      walk(doc.getBodyElements(), paragraphs, tableAt, found, 0);
      int bodyParagraphs = paragraphs.size();
      // each footnote's paragraphs, by the footnote's id, so a table can find its own
      java.util.Map<String, List<Integer>> noteParagraphs = new java.util.HashMap<>();
      for (XWPFAbstractFootnoteEndnote note : doc.getFootnotes()) {
        String id = note.getId() == null ? null : note.getId().toString();
        for (XWPFParagraph p : note.getParagraphs()) {
          noteParagraphs.computeIfAbsent(id, k -> new ArrayList<>()).add(paragraphs.size());
          paragraphs.add(text(p, null));
        }
      }
      List<DeclaredText.Statement> statements = DeclaredText.roundings(paragraphs);
      List<List<String>> notesOf = new ArrayList<>();
      List<Map<Integer, List<String>>> rowNotesOf = new ArrayList<>();
      List<List<List<GridTables.GridCell>>> grids = new ArrayList<>();
      for (int t = 0; t < found.size(); t++) {
        List<String> notes = new ArrayList<>();
        Map<Integer, List<String>> rowNotes = new java.util.HashMap<>();
        grids.add(grid(found.get(t), t + 1, options.locale(), notes, rowNotes));
        notesOf.add(notes);
        rowNotesOf.add(rowNotes);
      }
      for (int t = 0; t < found.size(); t++) {
        int n = t + 1;
        List<String> notes = notesOf.get(t);
        List<List<GridTables.GridCell>> grid = grids.get(t);
        int before = tableAt.get(t);
        // footnotes another table refers to are that table's, not this one's
        java.util.Set<Integer> othersNotes = new java.util.HashSet<>();
        for (int o = 0; o < found.size(); o++) {
          for (String id : o == t ? List.<String>of() : notesOf.get(o)) {
            if (!notes.contains(id)) {
              othersNotes.addAll(noteParagraphs.getOrDefault(id, List.of()));
            }
          }
        }
        for (GridTables.Found f : GridTables.find(grid, r -> new Location.TableCell(n, r + 1, 0),
            (r, c) -> new Location.TableCell(n, r + 1, c + 1))) {
          String title = previous(paragraphs, before, 0);
          String unit = DeclaredText.unit(f.caption());
          for (int k = 1; unit == null && k <= 3; k++) {
            unit = DeclaredText.unit(previous(paragraphs, before, k - 1));
          }
          // the table's own footnotes first: those its cells refer to, header first
          DeclaredText.Statement s = null;
          for (String id : notes) {
            for (DeclaredText.Statement st : statements) {
              if (s == null && noteParagraphs.getOrDefault(id, List.of()).contains(st.line() - 1)) {
                s = st;
              }
            }
          }
          List<String> markers = new ArrayList<>();
          for (List<GridTables.GridCell> row : grid) {
            for (GridTables.GridCell g : row) {
              if (g != null && g.text() != null) {
                markers.addAll(DeclaredText.markers(g.text()));
              }
            }
          }
          List<DeclaredText.Statement> others = new ArrayList<>();
          for (DeclaredText.Statement st : statements) {
            if (!othersNotes.contains(st.line() - 1)) {
              others.add(st);
            }
          }
          if (s == null) {
            s = DeclaredText.choose(others, markers, before, before + 1);
          }
          if (s == null && others.size() == 1) {
            s = others.get(0);
          }
          Rounding rounding = options.defaultRounding();
          String from = options.defaultRoundingSource();
          if (s != null) {
            BigDecimal step = s.step() != null ? s.step() : BigDecimal.ONE.movePointLeft(maxScale(grid));
            rounding = new Rounding(s.mode(), step);
            from = s.describe(s.line() > bodyParagraphs ? "footnote paragraph" : "paragraph")
                + (s.step() == null ? ", at the last digit shown" : "");
          }
          // typed marks ("⁴", "4)") refer to notes in the paragraphs below the table
          f.builder().footnotes(Footnotes.below(paragraphs.subList(0, bodyParagraphs), before));
          Table built = f.builder().build(defaultId, tables.size(), title, unit, rounding, from,
              options.meta());
          noteRows(built, rowNotesOf.get(t), noteParagraphs, paragraphs);
          tables.add(built);
        }
      }
    } catch (Exception | StackOverflowError e) {
      String part = damage(bytes, true);
      return Document.unreadable(source, Problem.of("docx-unreadable",
          "detail", part != null ? part : OfficeBytes.oneLine(e)));
    }
    if (tables.isEmpty()) {
      return Document.unreadable(source, Problem.of("docx-no-table"));
    }
    return new Document(source, tables, List.of());
  }

  /**
   * What is structurally wrong with the package, naming the part, or null: a relationship whose
   * target part the package does not hold, or (with {@code xml}) a part that is not well-formed
   * XML. Read without DTDs or external entities.
   */
  private static String damage(byte[] bytes, boolean xml) {
    try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage
        .open(new ByteArrayInputStream(bytes))) {
      for (org.apache.poi.openxml4j.opc.PackagePart part : pkg.getParts()) {
        if (part.isRelationshipPart()
            || part instanceof org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart) {
          continue;
        }
        for (org.apache.poi.openxml4j.opc.PackageRelationship rel : part.getRelationships()) {
          if (rel.getTargetMode() == org.apache.poi.openxml4j.opc.TargetMode.EXTERNAL) {
            continue;
          }
          java.net.URI target = org.apache.poi.openxml4j.opc.PackagingURIHelper.resolvePartUri(
              part.getPartName().getURI(), rel.getTargetURI());
          org.apache.poi.openxml4j.opc.PackagePartName name =
              org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(target);
          if (pkg.getPart(name) == null) {
            return "relationship " + rel.getId() + " of " + part.getPartName().getName()
                + " names the part " + name.getName() + ", which the document does not hold";
          }
        }
        if (xml && part.getContentType().endsWith("xml")) {
          String bad = notWellFormed(part);
          if (bad != null) {
            return "the part " + part.getPartName().getName() + " is not well-formed XML (" + bad
                + ")";
          }
        }
      }
      return null;
    } catch (Exception e) {
      // a package POI cannot open at all: the reader's own error names the problem
      return null;
    }
  }

  private static String notWellFormed(org.apache.poi.openxml4j.opc.PackagePart part) {
    try (InputStream in = part.getInputStream()) {
      // decoded strictly by the same opening as the workbook reader's: a malformed byte is an
      // exception here, not a line the XML parser prints on stderr
      javax.xml.stream.XMLStreamReader r = XlsxSheet.open(in);
      while (r.hasNext()) {
        r.next();
      }
      r.close();
      return null;
    } catch (javax.xml.stream.XMLStreamException e) {
      javax.xml.stream.Location at = e.getLocation();
      return at == null ? "it ends before its last element is closed" : "line "
          + at.getLineNumber() + ", column " + at.getColumnNumber();
    } catch (IOException e) {
      return OfficeBytes.oneLine(e);
    }
  }

  /**
   * Body paragraphs (footnote references left out) and tables in document order, looking into
   * table cells for tables nested in them (a one-cell layout table holding the real one).
   */
  private static void walk(List<IBodyElement> elements, List<String> paragraphs,
      List<Integer> tableAt, List<XWPFTable> found, int depth) {
    for (IBodyElement e : elements) {
      if (e instanceof XWPFParagraph p) {
        paragraphs.add(text(p, null));
      } else if (e instanceof XWPFTable t) {
        tableAt.add(paragraphs.size());
        found.add(t);
        if (depth < 8) {
          for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
              if (!cell.getTables().isEmpty()) {
                walk(cell.getBodyElements(), paragraphs, tableAt, found, depth + 1);
              }
            }
          }
        }
      }
    }
  }

  /**
   * A paragraph's text as printed, without its footnote references (Word prints them as
   * superscript numbers; their text is in the footnotes part); the ids referred to are added to
   * {@code notes} when it is not null.
   */
  static String text(XWPFParagraph p, List<String> notes) {
    StringBuilder b = new StringBuilder();
    for (org.apache.poi.xwpf.usermodel.XWPFRun r : p.getRuns()) {
      var ctr = r.getCTR();
      if (ctr.sizeOfFootnoteReferenceArray() > 0 || ctr.sizeOfEndnoteReferenceArray() > 0) {
        for (var ref : ctr.getFootnoteReferenceList()) {
          if (notes != null && ref.getId() != null && !notes.contains(ref.getId().toString())) {
            notes.add(ref.getId().toString());
          }
        }
        continue;
      }
      if (ctr.sizeOfFootnoteRefArray() > 0) {
        continue;
      }
      b.append(r.text());
    }
    return b.toString();
  }

  /**
   * Gives each row the texts of the Word footnotes its cells refer to ({@code w:footnoteReference}),
   * after those of the typed marks in its label.
   */
  private static void noteRows(Table t, Map<Integer, List<String>> rowNotes,
      Map<String, List<Integer>> noteParagraphs, List<String> paragraphs) {
    for (org.agendacheck.model.Row row : t.getRows()) {
      if (!(row.getLocation() instanceof Location.TableCell at)) {
        continue;
      }
      List<String> texts = new ArrayList<>(row.getNotes());
      for (String id : rowNotes.getOrDefault(at.row() - 1, List.of())) {
        StringBuilder b = new StringBuilder();
        for (int k : noteParagraphs.getOrDefault(id, List.of())) {
          String p = paragraphs.get(k).trim();
          if (!p.isEmpty()) {
            b.append(b.length() == 0 ? "" : " ").append(p);
          }
        }
        if (b.length() > 0 && !texts.contains(b.toString())) {
          texts.add(b.toString());
        }
      }
      if (!texts.isEmpty()) {
        row.noted(texts);
      }
    }
  }

  /** A cell's text: its paragraphs' texts, footnote references left out, nested tables not. */
  private static String cellText(XWPFTableCell cell, List<String> notes) {
    StringBuilder b = new StringBuilder();
    for (XWPFParagraph p : cell.getParagraphs()) {
      String t = text(p, notes);
      if (!t.isBlank()) {
        b.append(b.length() == 0 ? "" : " ").append(t);
      }
    }
    return b.toString();
  }

  /** The k-th non-empty paragraph before position {@code at} (0: the nearest), or null. */
  private static String previous(List<String> paragraphs, int at, int k) {
    int seen = 0;
    for (int i = at - 1; i >= 0; i--) {
      String p = paragraphs.get(i).trim();
      if (!p.isEmpty()) {
        if (seen == k) {
          return p;
        }
        seen++;
      }
    }
    return null;
  }

  private static int maxScale(List<List<GridTables.GridCell>> grid) {
    int max = 0;
    for (List<GridTables.GridCell> row : grid) {
      for (GridTables.GridCell g : row) {
        if (g != null && g.cell().getKind() == CellKind.NUMBER) {
          max = Math.max(max, g.cell().getAmount().scale());
        }
      }
    }
    return max;
  }

  /**
   * The table as a grid: each cell at its grid column (after {@code w:gridBefore} and the
   * {@code w:gridSpan} of the cells before it). A text cell spanning columns ("Totaal" over the
   * row-number and label columns) stands in each of them; a number spanning columns stands in the
   * first. A cell continuing a vertical merge ({@code w:vMerge} without restart) is empty.
   */
  private static List<List<GridTables.GridCell>> grid(XWPFTable table, int n, NumberLocale locale,
      List<String> notes, Map<Integer, List<String>> rowNotes) {
    List<List<GridTables.GridCell>> grid = new ArrayList<>();
    List<XWPFTableRow> rows = table.getRows();
    for (int r = 0; r < rows.size(); r++) {
      List<GridTables.GridCell> row = new ArrayList<>();
      XWPFTableRow tr = rows.get(r);
      int col = 0;
      var trPr = tr.getCtRow().getTrPr();
      if (trPr != null && trPr.sizeOfGridBeforeArray() > 0
          && trPr.getGridBeforeArray(0).getVal() != null) {
        col = trPr.getGridBeforeArray(0).getVal().intValue();
      }
      while (row.size() < col) {
        row.add(null);
      }
      List<XWPFTableCell> cells = tr.getTableCells();
      for (int c = 0; c < cells.size(); c++) {
        XWPFTableCell tc = cells.get(c);
        var pr = tc.getCTTc().getTcPr();
        int span = pr != null && pr.getGridSpan() != null && pr.getGridSpan().getVal() != null
            ? Math.max(1, Math.min(64, pr.getGridSpan().getVal().intValue())) : 1;
        boolean continued = pr != null && pr.getVMerge() != null
            && (pr.getVMerge().getVal() == null
            || "continue".equals(pr.getVMerge().getVal().toString()));
        List<String> here = rowNotes.computeIfAbsent(r, k -> new ArrayList<>());
        String text = continued ? "" : cellText(tc, here);
        for (String id : here) {
          if (!notes.contains(id)) {
            notes.add(id);
          }
        }
        Cell cell = AmountText.read(text, locale).toCell(text.trim(), 0, 0)
            .withLocation(new Location.TableCell(n, r + 1, c + 1));
        GridTables.GridCell g = new GridTables.GridCell(text, cell, null, null);
        row.add(g);
        boolean words = !text.isBlank() && !AmountText.isValue(text, locale);
        for (int k = 1; k < span; k++) {
          row.add(words ? g : null);
        }
        col += span;
      }
      grid.add(row);
    }
    return grid;
  }
}
