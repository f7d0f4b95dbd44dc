package org.agendacheck.annotate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendacheck.report.view.FindingView;
import org.agendacheck.report.view.UiText;
import org.agendacheck.report.view.WordPlace;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * An annotated copy of a Word document: a comment anchored at each table cell that has findings
 * (its whole first paragraph is the commented range), and a findings table at the end. Nothing
 * else of the document changes.
 */
public final class DocxAnnotator {
  static final String AUTHOR = "agendacheck";

  private DocxAnnotator() {}

  /**
   * Writes the annotated copy of a Word document.
   *
   * @param original the document (read, never written)
   * @param findings the findings about it, in report order
   * @param t the language of the annotations
   * @param copy where the copy goes (replaced when it exists)
   * @throws IOException when the original cannot be read as a .docx or the copy not written
   */
  public static void annotate(Path original, List<FindingView> findings, UiText t, Path copy)
      throws IOException {
    byte[] bytes = Files.readAllBytes(original);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<XWPFTable> tables = new ArrayList<>();
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFTable tb) {
          tables.add(tb);
        }
      }
      Map<WordPlace, List<FindingView>> byCell = new LinkedHashMap<>();
      for (FindingView f : findings) {
        WordPlace p = f.wordPlace();
        if (p != null && cell(tables, p) != null) {
          byCell.computeIfAbsent(p.cell() < 0 ? new WordPlace(p.table(), p.row(), 0) : p,
              k -> new ArrayList<>()).add(f);
        }
        for (org.agendacheck.model.Cell c : f.alsoAt()) {
          WordPlace q = org.agendacheck.report.view.FindingViews.wordPlaceOf(c.getLocation());
          if (q != null && cell(tables, q) != null) {
            byCell.computeIfAbsent(q, k -> new ArrayList<>()).add(f);
          }
        }
      }
      XWPFComments comments = doc.getDocComments() != null ? doc.getDocComments()
          : doc.createComments();
      BigInteger next = BigInteger.ZERO;
      for (XWPFComment c : comments.getComments()) {
        try {
          next = next.max(new BigInteger(c.getId()).add(BigInteger.ONE));
        } catch (NumberFormatException ignored) {
          // a comment id that is not a number cannot clash with ours
        }
      }
      for (Map.Entry<WordPlace, List<FindingView>> e : byCell.entrySet()) {
        XWPFTableCell cell = cell(tables, e.getKey());
        XWPFComment comment = comments.createComment(next);
        comment.setAuthor(AUTHOR);
        comment.setInitials("AC");
        for (FindingView f : e.getValue()) {
          for (String line : Notes.of(f, t).split("\n")) {
            comment.createParagraph().createRun().setText(line);
          }
        }
        anchor(cell, next);
        next = next.add(BigInteger.ONE);
      }
      findingsTable(doc, findings, t);
      Path tmp = copy.resolveSibling("." + copy.getFileName() + ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(tmp)) {
          doc.write(out);
        }
        Files.move(tmp, copy, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (RuntimeException e) {
      throw new IOException("not a readable .docx document (its findings say why)", e);
    }
  }

  private static XWPFTableCell cell(List<XWPFTable> tables, WordPlace p) {
    if (p.table() < 0 || p.table() >= tables.size()) {
      return null;
    }
    List<XWPFTableRow> rows = tables.get(p.table()).getRows();
    if (p.row() < 0 || p.row() >= rows.size()) {
      return null;
    }
    List<XWPFTableCell> cells = rows.get(p.row()).getTableCells();
    int c = Math.max(p.cell(), 0);
    return c < cells.size() ? cells.get(c) : null;
  }

  /** Marks the cell's first paragraph as the comment's range and places the reference after it. */
  private static void anchor(XWPFTableCell cell, BigInteger id) {
    XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph()
        : cell.getParagraphs().get(0);
    CTP ctp = p.getCTP();
    CTMarkupRange start = ctp.addNewCommentRangeStart();
    start.setId(id);
    if (ctp.sizeOfRArray() > 0) {
      try (XmlCursor from = start.newCursor(); XmlCursor to = ctp.getRArray(0).newCursor()) {
        from.moveXml(to);
      }
    }
    ctp.addNewCommentRangeEnd().setId(id);
    CTR ref = ctp.addNewR();
    ref.addNewCommentReference().setId(id);
  }

  private static void findingsTable(XWPFDocument doc, List<FindingView> findings, UiText t) {
    XWPFParagraph heading = doc.createParagraph();
    heading.setPageBreak(true);
    XWPFRun hr = heading.createRun();
    hr.setBold(true);
    hr.setFontSize(14);
    hr.setText(t.get("annotatedBy"));
    if (findings.isEmpty()) {
      doc.createParagraph().createRun().setText(t.get("noFindings"));
      return;
    }
    String[] heads = {"#", t.get("severity"), t.get("rule"), t.get("place"), t.get("message")};
    XWPFTable table = doc.createTable(1, heads.length);
    table.setWidth("100%");
    for (int i = 0; i < heads.length; i++) {
      text(table.getRow(0).getCell(i), heads[i], true);
    }
    // Rows are added to the table's XML directly: POI's own row methods count the table's rows
    // on every call, which made a table of 10,000 findings cost their number squared.
    for (int i = 0; i < findings.size(); i++) {
      FindingView f = findings.get(i);
      XWPFTableRow row = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
      for (int c = 0; c < heads.length; c++) {
        row.createCell();
      }
      text(row.getCell(0), String.valueOf(f.index() + 1), false);
      text(row.getCell(1), t.severity(f.severity()), true);
      text(row.getCell(2), f.rule(), false);
      text(row.getCell(3), f.where().isEmpty() ? t.get("onSource") : f.where(), false);
      String a = Notes.arithmetic(f.arithmetic(), t);
      text(row.getCell(4), f.message() + (a.isEmpty() ? "" : " (" + a + ")"), false);
    }
  }

  private static void text(XWPFTableCell cell, String text, boolean bold) {
    XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph()
        : cell.getParagraphs().get(0);
    XWPFRun r = p.createRun();
    r.setBold(bold);
    r.setText(text);
  }
}
