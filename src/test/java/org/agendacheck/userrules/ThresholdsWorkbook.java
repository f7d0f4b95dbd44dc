package org.agendacheck.userrules;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code samples/rules/thresholds.xlsx}, the sample decision table: per section, the
 * maximum year-on-year growth, whether PM is allowed and whether a structural amount is required.
 * Run {@code main} to write it again after changing it here; {@link SampleRulesTest} checks that
 * the committed file holds what this class writes.
 */
final class ThresholdsWorkbook {
  static final Path SAMPLE = Path.of("samples", "rules", "thresholds.xlsx");

  private static final String SECTION_ROW = "!memo && section == \"$param\"";
  private static final String MESSAGE_ACTION = "insert(Finding.on(drools, $c).message(";

  private ThresholdsWorkbook() {}

  /** The rows of the sheet, from column B on; null leaves a cell empty. */
  static List<Object[]> rows() {
    return List.of(
        new Object[] {"RuleSet", "org.agendacheck.user.thresholds"},
        new Object[] {"Import", "org.agendacheck.engine.Finding, org.agendacheck.model.Row, "
            + "org.agendacheck.model.Cell, java.math.BigDecimal"},
        new Object[] {"Notes", "Thresholds per section. Each line of a table below is one rule "
            + "with its own id, severity and description. Change a number or a yes/no and run "
            + "agendacheck again: nothing needs to be rebuilt."},
        new Object[] {},
        new Object[] {"RuleTable Growth"},
        new Object[] {"METADATA", "METADATA", "METADATA", "CONDITION", "CONDITION", "ACTION"},
        new Object[] {null, null, null, "$r : Row"},
        new Object[] {"id(\"$param\")", "severity(\"$param\")", "description(\"$param\")",
            SECTION_ROW,
            "$max : BigDecimal() from BigDecimal.valueOf($param)\n"
                + "$c : Cell(growthPercent != null, growthPercent > $max) from $r.amountCells",
            MESSAGE_ACTION + "$c.getGrowthText() + \" % growth from \" + "
                + "$c.getPreviousYearCell().getColumn().getKey() + \" to \" + "
                + "$c.getColumn().getKey() + \", above the \" + $max.toPlainString() + "
                + "\" % allowed: $param\").expected(\"at most \" + $max.toPlainString() + \" %\")"
                + ".actual($c.getGrowthText() + \" %\"));"},
        new Object[] {"Rule id", "Severity", "Description", "Section", "Maximum growth (%)",
            "What to do"},
        new Object[] {"growth-prioriteit", "warning",
            "a Prioriteit row that grows more than its maximum from one year to the next",
            "Prioriteit", 100, "explain the growth in the memorie van toelichting"},
        new Object[] {"growth-interventie", "warning",
            "an Interventie row that grows more than its maximum from one year to the next",
            "Interventie", 200, "explain the growth in the memorie van toelichting"},
        new Object[] {},
        new Object[] {"RuleTable PM"},
        new Object[] {"METADATA", "METADATA", "METADATA", "CONDITION", "CONDITION", "ACTION"},
        new Object[] {null, null, null, "$r : Row"},
        new Object[] {"id(\"$param\")", "severity(\"$param\")", "description(\"$param\")",
            SECTION_ROW,
            "$c : Cell(pm, \"$param\".equalsIgnoreCase(\"no\")) from $r.amountCells",
            MESSAGE_ACTION + "\"PM in \" + $c.getColumn().getKey() + \", but section \" + "
                + "$r.getSection() + \" allows no PM: $param\").actual(\"PM\"));"},
        new Object[] {"Rule id", "Severity", "Description", "Section", "PM allowed (yes/no)",
            "What to do"},
        new Object[] {"pm-prioriteit", "error", "a PM cell in a Prioriteit row, where PM is not "
            + "allowed", "Prioriteit", "no", "give the amount"},
        new Object[] {"pm-interventie", "error", "a PM cell in an Interventie row, where PM is "
            + "not allowed", "Interventie", "no", "give the amount"},
        new Object[] {},
        new Object[] {"RuleTable Structural"},
        new Object[] {"METADATA", "METADATA", "METADATA", "CONDITION", "CONDITION", "ACTION"},
        new Object[] {null, null, null, "$r : Row"},
        new Object[] {"id(\"$param\")", "severity(\"$param\")", "description(\"$param\")",
            SECTION_ROW,
            "$c : Cell(!number, \"$param\".equalsIgnoreCase(\"yes\")) from $r.structural",
            MESSAGE_ACTION + "\"no structural amount (\" + $c.display() + \"), but section \" + "
                + "$r.getSection() + \" requires one: $param\").expected(\"an amount\")"
                + ".actual($c));"},
        new Object[] {"Rule id", "Severity", "Description", "Section",
            "Structural amount required (yes/no)", "What to do"},
        new Object[] {"structural-prioriteit", "error", "a Prioriteit row without a structural "
            + "amount, where one is required", "Prioriteit", "yes",
            "give the amount per year after the horizon"},
        new Object[] {"structural-interventie", "error", "an Interventie row without a "
            + "structural amount, where one is required", "Interventie", "no",
            "give the amount per year after the horizon"});
  }

  /** The sample workbook. */
  static Workbook build() {
    Workbook wb = new XSSFWorkbook();
    Sheet sheet = wb.createSheet("Thresholds");
    CellStyle bold = wb.createCellStyle();
    Font font = wb.createFont();
    font.setBold(true);
    bold.setFont(font);
    CellStyle wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    int[] widths = {22, 12, 40, 28, 36, 40};
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i + 1, widths[i] * 256);
    }
    List<Object[]> rows = rows();
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r);
      Object[] values = rows.get(r);
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) {
          continue;
        }
        Cell cell = row.createCell(i + 1);
        if (values[i] instanceof Number n) {
          cell.setCellValue(n.doubleValue());
        } else {
          cell.setCellValue(values[i].toString());
          String text = values[i].toString();
          if (text.equals("RuleSet") || text.startsWith("RuleTable") || text.equals("Rule id")
              || text.equals("Import") || text.equals("Notes")) {
            cell.setCellStyle(bold);
          } else if (text.contains("\n")) {
            cell.setCellStyle(wrap);
          }
        }
      }
    }
    return wb;
  }

  /** Writes the sample workbook to the given path (default: samples/rules/thresholds.xlsx). */
  public static void main(String[] args) throws IOException {
    Path out = args.length > 0 ? Path.of(args[0]) : SAMPLE;
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Workbook wb = build(); OutputStream o = Files.newOutputStream(out)) {
      wb.write(o);
    }
  }
}
