package org.agendacheck.userrules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agendacheck.cli.Main;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * The committed sample decision table holds what {@link ThresholdsWorkbook} writes, and the
 * README shows what the sample rules report on the samples.
 */
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

  @Test
  void readmeShowsWhatTheSampleRulesReport() throws IOException {
    String command = "$ ./agendacheck validate --rules samples/rules samples/";
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf(command);
    assertTrue(start >= 0, "README.md shows " + command);
    int from = readme.indexOf('\n', start) + 1;
    String shown = readme.substring(from, readme.indexOf("```", from)).stripTrailing();
    StringWriter out = new StringWriter();
    int exit = new Main(new PrintWriter(out), new PrintWriter(new StringWriter()))
        .run("validate", "--rules", "samples/rules", "samples/");
    assertEquals(1, exit, "the README says the exit code is 1");
    assertEquals(shown, out.toString().stripTrailing(), "README.md's output of " + command);
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
