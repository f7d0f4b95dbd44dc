package org.agendacheck.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agendacheck.bench.Inputs;
import org.agendacheck.cli.Main;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The HTML report of a 100,000-row table with planted defects (the benchmark's table) beside a
 * clean 6,000-row table: the page stays small, the rows with findings are shown with their
 * neighbours, the clean table's rows are not shown, and in headless Chromium every finding of the list
 * links to a marked cell.
 */
class LargeInputReportTest {
  @Test
  void aLargeRunShowsTheRowsWithFindingsAndSummarisesTheRest() throws Exception {
    Path dir = Files.createDirectories(Path.of("target/report-html/large"));
    Path big = dir.resolve("big.json");
    List<String> planted = Inputs.table(big, 600_000);
    Path clean = dir.resolve("clean.json");
    try (BufferedWriter w = Files.newBufferedWriter(clean)) {
      w.write("{\"id\": \"clean\", \"title\": \"Schoon\", \"columns\": [\"2026\", \"2027\"], "
          + "\"rows\": [\n");
      for (int i = 1; i <= 6_000; i++) {
        w.write("{\"label\": \"Post " + i + "\", \"values\": [5, 10]},\n");
      }
      w.write("{\"label\": \"Totaal\", \"values\": [30000, 60000]}]}\n");
    }
    Path html = dir.resolve("large.html");
    StringWriter err = new StringWriter();
    int exit = new Main(new PrintWriter(new StringWriter()), new PrintWriter(err)).run("validate",
        "--format", "html", "--output", html.toString(), big.toString(), clean.toString());
    assertEquals(Main.FINDINGS, exit, err.toString());
    long size = Files.size(html);
    assertTrue(size < 1_000_000, "the page is " + size + " bytes");
    String page = Files.readString(html);
    assertTrue(page.contains("class=\"elided\""), "runs of rows without findings are left out");
    assertTrue(page.contains(clean.toString()), "the clean file is named");
    assertFalse(page.contains(">Post 5999<"), "the clean table's rows are not shown");
    try (Browser b = Browser.start(1280, 900)) {
      b.driver.get(html.toAbsolutePath().toUri().toString());
      List<WebElement> items = b.driver.findElements(By.cssSelector("li.finding")).stream()
          .filter(li -> li.getText().contains(big.toString())).toList();
      assertEquals(planted.size(), items.size(), "every planted defect is listed: " + planted);
      for (WebElement li : items) {
        String id = li.findElement(By.tagName("a")).getAttribute("href").replaceFirst(".*#", "");
        assertTrue(b.driver.findElement(By.id(id)).getAttribute("class").contains("mark"), id);
      }
    }
  }
}
