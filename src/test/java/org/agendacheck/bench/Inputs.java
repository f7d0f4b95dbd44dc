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
   * one defect of each kind planted: a wrong total cell, a PM cell, a blank cell, an invalid cell and
   * a duplicate row.
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
      w.write("{\n  \"id\": \"bench-" + cells + "\",\n  \"title\": \"Generated benchmark table\",\n");
      w.write("  \"unit\": \"EUR mln\",\n  \"columns\": [");
      for (int c = 0; c < COLUMNS.length; c++) {
        w.write((c == 0 ? "\"" : ", \"") + COLUMNS[c] + "\"");
      }
      w.write("],\n  \"rows\": [\n");
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
      line.setLength(0);
      line.append("    {\"label\": \"Totaal\", \"role\": \"total\", \"values\": [");
      for (int c = 0; c < COLUMNS.length; c++) {
        if (c > 0) {
          line.append(", ");
        }
        tenths(line, sums[c]);
      }
      line.append("]}\n  ]\n}\n");
      w.append(line);
    }
    List<String> expected = new ArrayList<>(List.of(
        key(null, "total-sum", "Totaal", "2027"),
        key(null, "pm-entry", "Post " + (pmAt + 1), "2029"),
        key(null, "missing-value", "Post " + (blankAt + 1), "2028"),
        key(null, "invalid-value", "Post " + (invalidAt + 1), "2030"),
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

  /** How findings are compared: file name (or none), rule id, row label and column key. */
  public static String key(String file, String rule, String row, String column) {
    return (file == null ? "" : file + " ") + rule + " | " + row + " | " + column;
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
