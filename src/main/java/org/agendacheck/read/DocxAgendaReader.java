package org.agendacheck.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
    XlsxAgendaReader.limitZips();
    List<Table> tables = new ArrayList<>();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<String> paragraphs = new ArrayList<>();
      List<Integer> tableAt = new ArrayList<>();
      List<XWPFTable> found = new ArrayList<>();
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          paragraphs.add(p.getText());
        } else if (e instanceof XWPFTable t) {
          tableAt.add(paragraphs.size());
          found.add(t);
        }
      }
      int bodyParagraphs = paragraphs.size();
      for (XWPFAbstractFootnoteEndnote note : doc.getFootnotes()) {
        for (XWPFParagraph p : note.getParagraphs()) {
          paragraphs.add(p.getText());
        }
      }
      List<DeclaredText.Statement> statements = DeclaredText.roundings(paragraphs);
      for (int t = 0; t < found.size(); t++) {
        int n = t + 1;
        List<List<GridTables.GridCell>> grid = grid(found.get(t), n, options.locale());
        int before = tableAt.get(t);
        for (GridTables.Found f : GridTables.find(grid, r -> new Location.TableCell(n, r + 1, 0),
            (r, c) -> new Location.TableCell(n, r + 1, c + 1))) {
          String title = previous(paragraphs, before, 0);
          String unit = DeclaredText.unit(f.caption());
          for (int k = 1; unit == null && k <= 3; k++) {
            unit = DeclaredText.unit(previous(paragraphs, before, k - 1));
          }
          DeclaredText.Statement s = DeclaredText.choose(statements, List.of(), before, before + 1);
          if (s == null && statements.size() == 1) {
            s = statements.get(0);
          }
          Rounding rounding = Rounding.NONE;
          String from = null;
          if (s != null) {
            BigDecimal step = s.step() != null ? s.step() : BigDecimal.ONE.movePointLeft(maxScale(grid));
            rounding = new Rounding(s.mode(), step);
            from = s.describe(s.line() > bodyParagraphs ? "footnote paragraph" : "paragraph")
                + (s.step() == null ? ", at the last digit shown" : "");
          }
          tables.add(f.builder().build(defaultId, tables.size(), title, unit, rounding, from,
              options.meta()));
        }
      }
    } catch (Exception | StackOverflowError e) {
      return Document.unreadable(source, Problem.of("docx-unreadable",
          "detail", OfficeBytes.oneLine(e)));
    }
    if (tables.isEmpty()) {
      return Document.unreadable(source, Problem.of("docx-no-table"));
    }
    return new Document(source, tables, List.of());
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

  private static List<List<GridTables.GridCell>> grid(XWPFTable table, int n, NumberLocale locale) {
    List<List<GridTables.GridCell>> grid = new ArrayList<>();
    List<XWPFTableRow> rows = table.getRows();
    for (int r = 0; r < rows.size(); r++) {
      List<GridTables.GridCell> row = new ArrayList<>();
      List<XWPFTableCell> cells = rows.get(r).getTableCells();
      for (int c = 0; c < cells.size(); c++) {
        String text = cells.get(c).getText();
        Cell cell = AmountText.read(text, locale).toCell(text.trim(), 0, 0)
            .withLocation(new Location.TableCell(n, r + 1, c + 1));
        row.add(new GridTables.GridCell(text, cell, null, null));
      }
      grid.add(row);
    }
    return grid;
  }
}
