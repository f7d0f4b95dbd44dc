package org.agendacheck.userrules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/** The committed sample decision table holds what {@link ThresholdsWorkbook} writes. */
class SampleRulesTest {
  @Test
  void committedWorkbookMatchesItsGenerator() throws IOException {
    Workbook committed;
    try (InputStream in = Files.newInputStream(ThresholdsWorkbook.SAMPLE)) {
      committed = WorkbookFactory.create(in);
    }
    try (committed; Workbook generated = ThresholdsWorkbook.build()) {
      assertEquals(cells(generated), cells(committed),
          "samples/rules/thresholds.xlsx differs from ThresholdsWorkbook; run its main to write it "
              + "again");
    }
  }

  /** Every non-empty cell of every sheet, as "Sheet!B10=text". */
  private static List<String> cells(Workbook wb) {
    DataFormatter format = new DataFormatter(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (Sheet sheet : wb) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          String text = format.formatCellValue(cell);
          if (!text.isEmpty()) {
            out.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + text);
          }
        }
      }
    }
    return out;
  }
}
