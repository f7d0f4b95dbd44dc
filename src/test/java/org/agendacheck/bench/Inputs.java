package org.agendacheck.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the benchmark's inputs: tables of a given number of cells (rows of six amount columns)
 * and folders of small tables, each with defects planted at known places, and says which findings
 * those defects must give.
 *
 * <p>Amounts are tenths held as longs while writing, so the planted totals are exact.
 */
public final class Inputs {
  /** The six columns of every generated table. */
  static final String[] COLUMNS = {"2026", "2027", "2028", "2029", "2030", "structureel"};

  private Inputs() {}

  /**
   * Writes one table of about {@code cells} cells (rows of six columns, the last row the total) with
   * one defect of each kind planted: a wrong total cell, a PM cell, a blank cell, an invalid cell
   * (for which the total of its column is not checked) and a duplicate row.
   *
   * @return the findings the defects must give, as {@link #key} strings, sorted
   */
  public static List<String> table(Path file, long cells) throws IOException {
    long rows = Math.max(cells / COLUMNS.length, 11);
    long items = rows - 1;
    long pmAt = items / 5;
    long blankAt = items * 2 / 5;
    long invalidAt = items * 3 / 5;
    long duplicateAt = items * 4 / 5;
    long[] sums = new long[COLUMNS.length];
    Random random = new Random(cells);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      jsonHead(w, "bench-" + cells, "Generated benchmark table", "EUR mln");
      StringBuilder line = new StringBuilder(128);
      for (long i = 0; i < items; i++) {
        long label = i == duplicateAt ? 1 : i + 1;
        line.setLength(0);
        line.append("    {\"section\": \"Posten\", \"label\": \"Post ").append(label)
            .append("\", \"values\": [");
        long[] v = amounts(random);
        for (int c = 0; c < COLUMNS.length; c++) {
          if (c > 0) {
            line.append(", ");
          }
          if (i == pmAt && c == 3) {
            line.append("\"PM\"");
          } else if (i == blankAt && c == 2) {
            line.append("null");
          } else if (i == invalidAt && c == 4) {
            line.append("\"zie bijlage\"");
          } else {
            tenths(line, v[c]);
            sums[c] += v[c];
          }
        }
        line.append("]},\n");
        w.append(line);
      }
      sums[1] += 10;
      jsonTotal(w, line, sums);
    }
    List<String> expected = new ArrayList<>(List.of(
        key(null, "total-sum", "Totaal", "2027"),
        key(null, "pm-entry", "Post " + (pmAt + 1), "2029"),
        key(null, "missing-value", "Post " + (blankAt + 1), "2028"),
        key(null, "invalid-value", "Post " + (invalidAt + 1), "2030"),
        key(null, "sum-not-checked", "Totaal", "2030"),
        key(null, "duplicate-row", "Post 1", null)));
    expected.sort(null);
    return expected;
  }

  /**
   * Writes {@code count} small tables (four items and a total, six columns) into a folder; every
   * thousandth has a wrong total in its first column.
   *
   * @return the findings the defects must give, as {@link #key} strings with the file name, sorted
   */
  public static List<String> smallFiles(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    List<String> expected = new ArrayList<>();
    Random random = new Random(count);
    StringBuilder b = new StringBuilder(1024);
    for (int f = 0; f < count; f++) {
      String name = String.format("agenda-%05d.json", f);
      long[] sums = new long[COLUMNS.length];
      b.setLength(0);
      b.append("{\n  \"title\": \"Small table ").append(f).append("\",\n  \"columns\": [");
      for (int c = 0; c < COLUMNS.length; c++) {
        b.append(c == 0 ? "\"" : ", \"").append(COLUMNS[c]).append('"');
      }
      b.append("],\n  \"rows\": [\n");
      for (int r = 0; r < 4; r++) {
        b.append("    {\"label\": \"Onderdeel ").append(r + 1).append("\", \"values\": [");
        long[] v = amounts(random);
        for (int c = 0; c < COLUMNS.length; c++) {
          if (c > 0) {
            b.append(", ");
          }
          tenths(b, v[c]);
          sums[c] += v[c];
        }
        b.append("]},\n");
      }
      boolean wrong = f % 1000 == 999 || count < 1000 && f == count - 1;
      if (wrong) {
        sums[0] += 10;
        expected.add(key(name, "total-sum", "Totaal", "2026"));
      }
      b.append("    {\"label\": \"Totaal\", \"role\": \"total\", \"values\": [");
      for (int c = 0; c < COLUMNS.length; c++) {
        if (c > 0) {
          b.append(", ");
        }
        tenths(b, sums[c]);
      }
      b.append("]}\n  ]\n}\n");
      Files.writeString(dir.resolve(name), b);
    }
    expected.sort(null);
    return expected;
  }

  /**
   * Writes a numbered table of {@code rows} rows in which every row after the first has a formula
   * naming the row before it ({@code "id": "7", "formula": "6"}): a chain as deep as the table. The
   * last row's 2027 figure is one tenth off, so its formula does not hold.
   *
   * @return the finding the defect must give
   */
  public static List<String> formulaChain(Path file, int rows) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      jsonHead(w, "chain-" + rows, "Formula chain", null);
      long[] v = amounts(new Random(rows));
      StringBuilder line = new StringBuilder(128);
      for (int r = 1; r <= rows; r++) {
        line.setLength(0);
        line.append("    {\"id\": \"").append(r).append("\", \"label\": \"Regel ").append(r)
            .append('"');
        if (r > 1) {
          line.append(", \"formula\": \"").append(r - 1).append('"');
        }
        line.append(", \"values\": [");
        for (int c = 0; c < COLUMNS.length; c++) {
          line.append(c > 0 ? ", " : "");
          tenths(line, v[c] + (r == rows && c == 1 ? 1 : 0));
        }
        line.append(r == rows ? "]}\n" : "]},\n");
        w.append(line);
      }
      w.write("  ]\n}\n");
    }
    return List.of(key(null, "formula-mismatch", "Regel " + rows, "2027"));
  }

  /**
   * Writes a table of one long section ({@code longRows} items) followed by {@code sections} short
   * ones (one item each, the same label in each) and a total: duplicate labels are looked for
   * per section, so every short section starts afresh after the long one. The long section
   * repeats its first label at its end, and the total's 2027 figure is one tenth off.
   *
   * @return the findings the defects must give, sorted
   */
  public static List<String> shortSections(Path file, int longRows, int sections)
      throws IOException {
    long[] sums = new long[COLUMNS.length];
    Random random = new Random(longRows + sections);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      jsonHead(w, "sections-" + sections, "Short sections", null);
      StringBuilder line = new StringBuilder(128);
      for (int r = 0; r < longRows + sections; r++) {
        boolean inLong = r < longRows;
        String label = !inLong ? "Bijdrage" : r == longRows - 1 ? "Post 1" : "Post " + (r + 1);
        line.setLength(0);
        line.append("    {\"section\": \"").append(inLong ? "Posten" : "Deel " + (r - longRows + 1))
            .append("\", \"label\": \"").append(label).append("\", \"values\": [");
        values(line, amounts(random), sums);
        w.append(line).append("]},\n");
      }
      sums[1] += 1;
      jsonTotal(w, line, sums);
    }
    List<String> expected = new ArrayList<>(List.of(
        key(null, "total-sum", "Totaal", "2027"),
        key(null, "duplicate-row", "Post 1", null)));
    expected.sort(null);
    return expected;
  }

  /**
   * Writes a table of {@code rows} items that all bear the same label, and their correct total:
   * every item after the first repeats the first, so the run has a finding for each of them and
   * its cost in findings (baseline, configuration, reports) shows.
   *
   * @return the findings the defects must give, sorted
   */
  public static List<String> repeatedLabel(Path file, int rows) throws IOException {
    long[] sums = new long[COLUMNS.length];
    Random random = new Random(rows);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      jsonHead(w, "repeated-" + rows, "One label", null);
      StringBuilder line = new StringBuilder(128);
      for (int r = 0; r < rows; r++) {
        line.setLength(0);
        line.append("    {\"label\": \"Bijdrage\", \"values\": [");
        values(line, amounts(random), sums);
        w.append(line).append("]},\n");
      }
      jsonTotal(w, line, sums);
    }
    return java.util.Collections.nCopies(rows - 1, key(null, "duplicate-row", "Bijdrage", null));
  }

  /**
   * Writes {@link #table}'s rows as an Excel workbook, the way a controller's sheet holds them: a
   * title, a header row of the years (numbers) and "Structureel", a section row, the items and the
   * total. The same defects are planted at the same places. Written with POI's streaming writer.
   *
   * @return the findings the defects must give, sorted
   */
  public static List<String> workbook(Path file, long rows) throws IOException {
    long items = rows - 1;
    long pmAt = items / 5;
    long blankAt = items * 2 / 5;
    long invalidAt = items * 3 / 5;
    long duplicateAt = items * 4 / 5;
    long[] sums = new long[COLUMNS.length];
    Random random = new Random(rows);
    try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb =
        new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
      org.apache.poi.ss.usermodel.Sheet s = sheetHead(wb, "Generated benchmark table");
      s.createRow(3).createCell(0).setCellValue("Posten");
      int r = 4;
      for (long i = 0; i < items; i++) {
        org.apache.poi.ss.usermodel.Row row = s.createRow(r++);
        row.createCell(0).setCellValue("Post " + (i == duplicateAt ? 1 : i + 1));
        long[] v = amounts(random);
        for (int c = 0; c < COLUMNS.length; c++) {
          if (i == pmAt && c == 3) {
            row.createCell(1 + c).setCellValue("PM");
          } else if (i == blankAt && c == 2) {
            continue;
          } else if (i == invalidAt && c == 4) {
            row.createCell(1 + c).setCellValue("zie bijlage");
          } else {
            row.createCell(1 + c).setCellValue(v[c] / 10.0);
            sums[c] += v[c];
          }
        }
      }
      sums[1] += 10;
      sheetTotal(wb, s, r, sums, file);
    }
    List<String> expected = new ArrayList<>(List.of(
        key(null, "total-sum", "Totaal", "2027"),
        key(null, "pm-entry", "Post " + (pmAt + 1), "2029"),
        key(null, "missing-value", "Post " + (blankAt + 1), "2028"),
        key(null, "invalid-value", "Post " + (invalidAt + 1), "2030"),
        key(null, "sum-not-checked", "Totaal", "2030"),
        key(null, "duplicate-row", "Post 1", null)));
    expected.sort(null);
    return expected;
  }

  /**
   * Writes {@link #repeatedLabel}'s table as a workbook laid out as {@link #workbook}'s: {@code rows}
   * items of one label and their correct total, so that an annotated copy marks a cell for each
   * item but the first.
   *
   * @return the findings the defects must give, sorted
   */
  public static List<String> repeatedLabelWorkbook(Path file, int rows) throws IOException {
    long[] sums = new long[COLUMNS.length];
    Random random = new Random(rows);
    try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb =
        new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
      org.apache.poi.ss.usermodel.Sheet s = sheetHead(wb, "One label");
      int r = 3;
      for (int i = 0; i < rows; i++) {
        org.apache.poi.ss.usermodel.Row row = s.createRow(r++);
        row.createCell(0).setCellValue("Bijdrage");
        long[] v = amounts(random);
        for (int c = 0; c < COLUMNS.length; c++) {
          row.createCell(1 + c).setCellValue(v[c] / 10.0);
          sums[c] += v[c];
        }
      }
      sheetTotal(wb, s, r, sums, file);
    }
    return java.util.Collections.nCopies(rows - 1, key(null, "duplicate-row", "Bijdrage", null));
  }

  /**
   * Writes a small table (two items and a total) whose second item holds a number of {@code digits}
   * digits in its 2027 cell, in one of the formats json, csv, txt or xlsx. A reader must refuse it
   * before any exact arithmetic on it: as an invalid cell, or the file as a parse error.
   *
   * @return the file written
   */
  public static Path longNumber(Path dir, String format, int digits) throws IOException {
    Path file = dir.resolve("long-number." + format);
    String big = "9".repeat(digits);
    String[][] rows = {
        {"Post 1", "10", "20", "30", "40", "50", "5"},
        {"Post 2", "10", big, "30", "40", "50", "5"},
        {"Totaal", "20", "40", "60", "80", "100", "10"}};
    StringBuilder b = new StringBuilder(digits + 512);
    switch (format) {
      case "json" -> {
        b.append("{\"id\": \"long\", \"columns\": [\"2026\", \"2027\", \"2028\", \"2029\", ")
            .append("\"2030\", \"structureel\"], \"rows\": [\n");
        for (int r = 0; r < rows.length; r++) {
          b.append("  {\"label\": \"").append(rows[r][0]).append('"')
              .append(r == 2 ? ", \"role\": \"total\"" : "").append(", \"values\": [")
              .append(String.join(", ", java.util.Arrays.copyOfRange(rows[r], 1, 7)))
              .append(r == 2 ? "]}\n" : "]},\n");
        }
        b.append("]}\n");
      }
      case "csv" -> {
        b.append("label,2026,2027,2028,2029,2030,structureel\n");
        for (String[] row : rows) {
          b.append(String.join(",", row)).append('\n');
        }
      }
      case "txt" -> {
        b.append("Bedragen in \u20AC mln. 2026 2027 2028 2029 2030 Structureel\n\n");
        for (String[] row : rows) {
          b.append(String.join(" ", row)).append('\n');
        }
      }
      case "xlsx" -> {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
          org.apache.poi.ss.usermodel.Sheet s = wb.createSheet("Begroting");
          org.apache.poi.ss.usermodel.Row h = s.createRow(0);
          h.createCell(0).setCellValue("Bedragen in \u20AC mln.");
          for (int y = 0; y < 5; y++) {
            h.createCell(1 + y).setCellValue(2026 + y);
          }
          h.createCell(6).setCellValue("Structureel");
          for (int r = 0; r < rows.length; r++) {
            org.apache.poi.ss.usermodel.Row row = s.createRow(1 + r);
            row.createCell(0).setCellValue(rows[r][0]);
            for (int c = 1; c < 7; c++) {
              if (rows[r][c].length() > 15) {
                row.createCell(c).setCellValue(rows[r][c]);
              } else {
                row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
              }
            }
          }
          try (java.io.OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
          }
        }
        return file;
      }
      default -> throw new IllegalArgumentException("no such format: " + format);
    }
    Files.writeString(file, b, StandardCharsets.UTF_8);
    return file;
  }

  /** How findings are compared: file name (or none), rule id, row label and column key. */
  public static String key(String file, String rule, String row, String column) {
    return (file == null ? "" : file + " ") + rule + " | " + row + " | " + column;
  }

  /** A JSON table's opening up to its first row: id, title, the unit when given, the columns. */
  private static void jsonHead(BufferedWriter w, String id, String title, String unit)
      throws IOException {
    w.write("{\n  \"id\": \"" + id + "\",\n  \"title\": \"" + title + "\",\n");
    if (unit != null) {
      w.write("  \"unit\": \"" + unit + "\",\n");
    }
    w.write("  \"columns\": [");
    for (int c = 0; c < COLUMNS.length; c++) {
      w.write((c == 0 ? "\"" : ", \"") + COLUMNS[c] + "\"");
    }
    w.write("],\n  \"rows\": [\n");
  }

  /** A row's amounts in tenths, comma-separated, each added to its column's sum. */
  private static void values(StringBuilder line, long[] v, long[] sums) {
    for (int c = 0; c < COLUMNS.length; c++) {
      line.append(c > 0 ? ", " : "");
      tenths(line, v[c]);
      sums[c] += v[c];
    }
  }

  /** The total row of these sums, and the end of the JSON document. */
  private static void jsonTotal(BufferedWriter w, StringBuilder line, long[] sums)
      throws IOException {
    line.setLength(0);
    line.append("    {\"label\": \"Totaal\", \"role\": \"total\", \"values\": [");
    for (int c = 0; c < COLUMNS.length; c++) {
      line.append(c > 0 ? ", " : "");
      tenths(line, sums[c]);
    }
    w.append(line).append("]}\n  ]\n}\n");
  }

  /** A workbook's sheet as a controller lays it out: a title, then a header row of the years. */
  private static org.apache.poi.ss.usermodel.Sheet sheetHead(
      org.apache.poi.xssf.streaming.SXSSFWorkbook wb, String title) {
    wb.setCompressTempFiles(true);
    org.apache.poi.ss.usermodel.Sheet s = wb.createSheet("Begroting");
    s.createRow(0).createCell(0).setCellValue(title);
    org.apache.poi.ss.usermodel.Row h = s.createRow(2);
    h.createCell(0).setCellValue("Bedragen in \u20AC mln.");
    for (int y = 0; y < 5; y++) {
      h.createCell(1 + y).setCellValue(2026 + y);
    }
    h.createCell(6).setCellValue("Structureel");
    return s;
  }

  /** The total row of these sums at row {@code r}, and the workbook written to the file. */
  private static void sheetTotal(org.apache.poi.xssf.streaming.SXSSFWorkbook wb,
      org.apache.poi.ss.usermodel.Sheet s, int r, long[] sums, Path file) throws IOException {
    org.apache.poi.ss.usermodel.Row total = s.createRow(r);
    total.createCell(0).setCellValue("Totaal");
    for (int c = 0; c < COLUMNS.length; c++) {
      total.createCell(1 + c).setCellValue(sums[c] / 10.0);
    }
    try (java.io.OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    wb.dispose();
  }

  private static void tenths(StringBuilder b, long tenths) {
    b.append(tenths / 10);
    if (tenths % 10 != 0) {
      b.append('.').append(tenths % 10);
    }
  }

  /** A small deterministic generator (an LCG), so the same sizes give the same files. */
  private static final class Random {
    private long state;

    Random(long seed) {
      state = seed * 6364136223846793005L + 1442695040888963407L;
    }

    long next(long bound) {
      state = state * 6364136223846793005L + 1442695040888963407L;
      return ((state >>> 17) & Long.MAX_VALUE) % bound;
    }
  }

  /** One row's amounts in tenths: five years, then a structural amount at most the last year's. */
  private static long[] amounts(Random random) {
    long[] v = new long[COLUMNS.length];
    for (int c = 0; c < 5; c++) {
      v[c] = random.next(10_000);
    }
    v[5] = random.next(v[4] + 1);
    return v;
  }
}
