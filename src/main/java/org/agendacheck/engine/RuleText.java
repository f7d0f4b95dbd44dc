package org.agendacheck.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * The DRL text of one rule file, and how its lines map back to the file: a DRL file is its own
 * text; a decision table is compiled to DRL the way Drools does it ({@link SpreadsheetCompiler}),
 * and each line of that DRL maps back to the spreadsheet row the rule came from.
 */
final class RuleText {
  /** Drools marks each rule it makes from a table row with the cell its values start at. */
  private static final Pattern VALUES_AT =
      Pattern.compile("^\\s*// rule values at ([A-Z]+)(\\d+)");
  private static final Pattern ANY_VALUES = Pattern.compile("(?m)^\\s*// rule values at ");
  private static final List<Pattern> QUOTED = List.of(
      Pattern.compile("Unable to Analyse Expression (.+?):"),
      Pattern.compile("\\[Near : \\{\\.\\.\\. (.+?) \\.\\.\\.\\.\\}\\]"));
  private static final Pattern CELL = Pattern.compile("\\bcell ([A-Z]+)(\\d+)");

  private final RuleSource source;
  private final String drl;
  private final boolean table;
  private final int[] rows;
  private final String[] cells;

  private RuleText(RuleSource source, String drl, boolean table) {
    this.source = source;
    this.drl = drl;
    this.table = table;
    String[] lines = drl.split("\\R", -1);
    this.rows = new int[lines.length + 1];
    this.cells = new String[lines.length + 1];
    if (table) {
      int header = headerRow(source);
      int row = header;
      String cell = null;
      for (int i = 0; i < lines.length; i++) {
        Matcher m = VALUES_AT.matcher(lines[i]);
        if (m.find()) {
          row = Integer.parseInt(m.group(2));
          cell = m.group(1) + m.group(2);
        }
        rows[i + 1] = row;
        cells[i + 1] = cell;
      }
    }
  }

  /** True when the file name marks a decision table: .xlsx, .xls or .csv. */
  static boolean isTable(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".csv");
  }

  /**
   * The DRL of a source; a decision table is compiled to DRL here.
   *
   * @throws RuleBuildException when a decision table cannot be read as one
   */
  static RuleText of(RuleSource source) throws RuleBuildException {
    if (!isTable(source.name())) {
      return new RuleText(source, new String(source.content(), StandardCharsets.UTF_8), false);
    }
    InputType type = source.name().toLowerCase(Locale.ROOT).endsWith(".csv")
        ? InputType.CSV : InputType.XLS;
    String drl;
    try (InputStream in = new ByteArrayInputStream(source.content())) {
      drl = new SpreadsheetCompiler().compile(in, type);
    } catch (IOException | RuntimeException e) {
      throw new RuleBuildException(List.of(tableProblem(source, e)));
    }
    if (!ANY_VALUES.matcher(drl).find()) {
      throw new RuleBuildException(List.of(source.origin() + ":1: no rule in this decision table "
          + "(it needs a RuleSet cell and a RuleTable with at least one row of values)"));
    }
    return new RuleText(source, drl, true);
  }

  /** A table Drools could not read: its message, at the cell it names when it names one. */
  private static String tableProblem(RuleSource source, Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && !text.toString().contains(t.getMessage())) {
        text.append(text.length() == 0 ? "" : ": ").append(t.getMessage());
      }
    }
    String message = text.length() == 0 ? e.getClass().getSimpleName() : text.toString();
    Matcher m = CELL.matcher(message);
    int row = m.find() ? Integer.parseInt(m.group(2)) : 1;
    return source.origin() + ":" + row + ": " + oneLine(message);
  }

  static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  RuleSource source() {
    return source;
  }

  /** The DRL to compile. */
  String drl() {
    return drl;
  }

  /** The line of the file a line of the DRL comes from (for a table: the spreadsheet row). */
  int line(int drlLine) {
    if (!table) {
      return Math.max(drlLine, 0);
    }
    return rows[Math.max(0, Math.min(drlLine, rows.length - 1))];
  }

  /**
   * Where a line of the DRL comes from, as "origin:line: " (for a table: "origin:row: cell B9: ",
   * naming the row and the cell the rule's values start at).
   */
  String where(int drlLine) {
    String cell = table ? cells[Math.max(0, Math.min(drlLine, cells.length - 1))] : null;
    return source.origin() + ":" + line(drlLine) + ": " + (cell == null ? "" : "cell " + cell + ": ");
  }

  /**
   * The line of the DRL a build message is about: its own line, or, when Drools gives none (as
   * for an expression in a {@code from}), the first line holding the expression it quotes; else 0.
   */
  int lineOf(int messageLine, String message) {
    if (messageLine > 0 || message == null) {
      return Math.max(messageLine, 0);
    }
    for (Pattern p : QUOTED) {
      Matcher m = p.matcher(message);
      if (m.find() && !m.group(1).isBlank()) {
        String[] lines = drl.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
          if (lines[i].contains(m.group(1).trim())) {
            return i + 1;
          }
        }
      }
    }
    return 0;
  }

  /** The line of the DRL where the named rule starts, or 0. */
  int ruleLine(String ruleName) {
    Pattern p = Pattern.compile("^\\s*rule\\s+(\"" + Pattern.quote(ruleName) + "\"|'"
        + Pattern.quote(ruleName) + "'|" + Pattern.quote(ruleName) + "(\\s|$))");
    String[] lines = drl.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      if (p.matcher(lines[i]).find()) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The row of the table's RuleSet cell, which the package and imports come from; 1 when it
   * cannot be found.
   */
  private static int headerRow(RuleSource source) {
    if (source.name().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      String[] lines = new String(source.content(), StandardCharsets.UTF_8).split("\\R", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].replace("\"", "").replaceFirst("^[,;\\s]*", "").toLowerCase(Locale.ROOT)
            .startsWith("ruleset")) {
          return i + 1;
        }
      }
      return 1;
    }
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(source.content()))) {
      DataFormatter format = new DataFormatter(Locale.ROOT);
      List<Sheet> sheets = new ArrayList<>();
      wb.sheetIterator().forEachRemaining(sheets::add);
      for (Sheet sheet : sheets) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (format.formatCellValue(cell).trim().equalsIgnoreCase("ruleset")) {
              return row.getRowNum() + 1;
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return 1;
    }
    return 1;
  }
}
