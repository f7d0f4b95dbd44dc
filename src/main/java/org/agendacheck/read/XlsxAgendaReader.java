package org.agendacheck.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.agendacheck.model.Cell;
import org.agendacheck.model.CellKind;
import org.agendacheck.model.Document;
import org.agendacheck.model.Location;
import org.agendacheck.model.Problem;
import org.agendacheck.model.Rounding;
import org.agendacheck.model.Table;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads every table in an Excel workbook (.xlsx), sheet by sheet. Numbers come from numeric cells
 * exactly as stored (to Excel's 15 significant digits) or from text cells as printed; formulas by
 * their cached value, and the formula of a subtotal or total cell is kept so the
 * {@code formula-range} rule can check what it adds. Locations read {@code Sheet!C5}.
 */
public final class XlsxAgendaReader implements AgendaReader {
  static final int MAX_BYTES = 64 * 1024 * 1024;
  private static final MathContext EXCEL = new MathContext(15);

  static {
    limitZips();
  }

  /** Zip bombs: refuse entries that inflate more than 100 times or past 256 MiB. */
  static void limitZips() {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(256L * 1024 * 1024);
  }

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
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        XSSFSheet sheet = wb.getSheetAt(s);
        String name = sheet.getSheetName();
        List<List<GridTables.GridCell>> grid = grid(sheet, name, options.locale());
        for (GridTables.Found f : GridTables.find(grid, r -> new Location.SheetCell(name, r + 1, 1),
            (r, c) -> new Location.SheetCell(name, r + 1, c + 1))) {
          tables.add(f.builder().build(defaultId, tables.size(), name, DeclaredText.unit(f.caption()),
              Rounding.NONE, null, options.meta()));
        }
      }
    } catch (Exception | StackOverflowError e) {
      return Document.unreadable(source, Problem.of("xlsx-unreadable",
          "detail", OfficeBytes.oneLine(e)));
    }
    if (tables.isEmpty()) {
      return Document.unreadable(source, Problem.of("xlsx-no-table"));
    }
    return new Document(source, tables, List.of());
  }

  private static List<List<GridTables.GridCell>> grid(XSSFSheet sheet, String name,
      NumberLocale locale) {
    List<List<GridTables.GridCell>> grid = new ArrayList<>();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      List<GridTables.GridCell> row = new ArrayList<>();
      XSSFRow xr = sheet.getRow(r);
      if (xr != null) {
        for (int c = 0; c < Math.max(xr.getLastCellNum(), 0); c++) {
          XSSFCell xc = xr.getCell(c);
          row.add(xc == null ? null : cell(xc, new Location.SheetCell(name, r + 1, c + 1), locale));
        }
      }
      grid.add(row);
    }
    return grid;
  }

  private static GridTables.GridCell cell(XSSFCell xc, Location location, NumberLocale locale) {
    String address = GridTables.cellName(xc.getRowIndex(), xc.getColumnIndex());
    CellType type = xc.getCellType();
    String formula = null;
    if (type == CellType.FORMULA) {
      formula = xc.getCellFormula();
      type = xc.getCachedFormulaResultType();
    }
    Cell cell;
    String text;
    switch (type) {
      case NUMERIC -> {
        String raw = xc.getRawValue();
        BigDecimal d = new BigDecimal(raw).round(EXCEL).stripTrailingZeros();
        if (d.scale() < 0) {
          d = d.setScale(0);
        }
        text = d.toPlainString();
        cell = Cell.number(d, text, 0, 0);
      }
      case STRING -> {
        text = xc.getStringCellValue();
        cell = AmountText.read(text, locale).toCell(text.trim(), 0, 0);
      }
      case BLANK -> {
        text = "";
        cell = Cell.of(CellKind.BLANK, "", 0, 0);
      }
      default -> {
        text = type == CellType.BOOLEAN ? String.valueOf(xc.getBooleanCellValue())
            : xc.getRawValue() == null ? "#ERROR" : xc.getRawValue();
        cell = Cell.of(CellKind.INVALID, text, 0, 0);
      }
    }
    return new GridTables.GridCell(text, cell.withLocation(location), address, formula);
  }
}
