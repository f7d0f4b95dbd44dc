package org.agendacheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.agendacheck.AgendaCheck;
import org.agendacheck.engine.Finding;
import org.agendacheck.model.Document;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and damaged workbooks, each checked by the findings it gives: numbers no spreadsheet
 * stores, corrupt packages (nothing on stderr), and the host process's POI settings left alone.
 */
class XlsxHostileTest {
  @TempDir
  Path dir;

  @Test
  void aNumberOfAMillionDigitsIsAnInvalidValueNotArithmetic() throws Exception {
    Path f = dir.resolve("million-digits.xlsx");
    WorkbookFixtures.hugeNumbers(1_200_000).write(f);
    List<Finding> findings = AgendaCheck.withDefaultRules().validatePaths(List.of(f)).findings();
    List<String> got = findings.stream().filter(x -> x.getRule().equals("invalid-value"))
        .map(x -> x.getRow() + "|" + x.getColumn()).sorted().toList();
    assertEquals(List.of("AI|2026", "AI|2027"), got, findings::toString);
  }

  @Test
  void readingAWorkbookChangesNoGlobalZipSetting() throws Exception {
    double ratio = ZipSecureFile.getMinInflateRatio();
    long entry = ZipSecureFile.getMaxEntrySize();
    try {
      ZipSecureFile.setMinInflateRatio(0.5);
      ZipSecureFile.setMaxEntrySize(12345);
      byte[] wb = Files.readAllBytes(Path.of("src/test/resources/read/xlsx/excel-subtotals.xlsx"));
      Document d = new XlsxAgendaReader().read("x.xlsx", "x", new ByteArrayInputStream(wb),
          ReadOptions.DEFAULTS);
      assertEquals(1, d.tables().size(), d::toString);
      assertEquals(0.5, ZipSecureFile.getMinInflateRatio());
      assertEquals(12345, ZipSecureFile.getMaxEntrySize());
    } finally {
      ZipSecureFile.setMinInflateRatio(ratio);
      ZipSecureFile.setMaxEntrySize(entry);
    }
  }

  @Test
  void corruptWorkbooksEachGiveADocumentAndNothingOnStderr() throws Exception {
    byte[] good = Files.readAllBytes(Path.of("src/test/resources/read/xlsx/excel-subtotals.xlsx"));
    Random random = new Random(16);
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int unreadable = 0;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      for (int i = 0; i < 200; i++) {
        byte[] bad = good.clone();
        for (int k = 0; k < 1 + random.nextInt(8); k++) {
          bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
        }
        if (i % 5 == 0) {
          bad = java.util.Arrays.copyOf(bad, random.nextInt(bad.length));
        }
        Document d = new XlsxAgendaReader().read("m" + i + ".xlsx", "m", new ByteArrayInputStream(bad),
            ReadOptions.DEFAULTS);
        if (d.tables().isEmpty()) {
          unreadable++;
          assertEquals(1, d.problems().size(), d::toString);
        }
      }
    } finally {
      System.setErr(err);
    }
    assertEquals("", captured.toString(StandardCharsets.UTF_8));
    assertTrue(unreadable > 20, "most mutants should be unreadable: " + unreadable);
  }

  @Test
  void aFormulaChainOfFortyThousandCellsIsEvaluatedWithoutRecursion() throws Exception {
    SheetXml x = SheetXml.script();
    List<String> rows = new java.util.ArrayList<>();
    rows.add(SheetXml.row(1, x.text("A1", "Bedragen in \u20AC mln."), x.number("B1", "2026"),
        x.number("C1", "2027")));
    int n = 40_000;
    rows.add(SheetXml.row(2, x.text("A2", "Post 1"), x.number("B2", "5"), x.number("C2", "5")));
    for (int r = 3; r <= n + 1; r++) {
      rows.add(SheetXml.row(r, x.text("A" + r, "Post " + (r - 1)),
          x.formula("B" + r, "B" + (r - 1) + "+0", null), x.number("C" + r, "5")));
    }
    int t = n + 2;
    rows.add(SheetXml.row(t, x.text("A" + t, "Totaal"), x.formula("B" + t, "SUM(B2:B" + (t - 1)
        + ")", null), x.number("C" + t, String.valueOf(5 * n + 5))));
    Path f = dir.resolve("chain.xlsx");
    x.sheet("Keten", rows).write(f);
    List<Finding> findings = AgendaCheck.withDefaultRules().validatePaths(List.of(f)).findings();
    // every link is 5, the total 200,000; the typed 2027 total is 5 too many
    assertEquals(List.of("total-sum|Totaal|2027"), findings.stream()
        .map(g -> g.getRule() + "|" + g.getRow() + "|" + g.getColumn()).toList());
  }
}
