package org.agendacheck.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.agendacheck.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Opens HTML reports in headless Chromium and checks them as a reader sees them: which cells are
 * marked, that the findings list leads to the cells, that messages show on hover and focus, that
 * the filters hide what they should, and that the page fetches nothing.
 *
 * <p>The cases are data: {@code src/test/resources/report-html/<case>.args} holds the command
 * line's paths, one a line, and {@code <case>.marked.tsv} every marked cell (source, place,
 * severity, tab-separated).
 */
class HtmlReportBrowserTest {
  static final Path OUT = Path.of("target/report-html");
  static final Path CASES = Path.of("src/test/resources/report-html");
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Files.createDirectories(OUT);
    browser = Browser.start(1280, 900);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  /** Writes the case's report with the command line; returns the file. */
  static Path report(String name, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("validate", "--format", "html", "--output",
        OUT.resolve(name + ".html").toString()));
    args.addAll(List.of(extra));
    for (String line : Files.readAllLines(CASES.resolve(name + ".args"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        args.add(line.trim());
      }
    }
    StringWriter err = new StringWriter();
    int exit = new Main(new PrintWriter(new StringWriter()), new PrintWriter(err))
        .run(args.toArray(String[]::new));
    assertTrue(exit == Main.OK || exit == Main.FINDINGS, err.toString());
    return OUT.resolve(name + ".html");
  }

  private static void open(Path html) {
    browser.requestedUrls();
    browser.driver.get(html.toAbsolutePath().toUri().toString());
  }

  private static TreeSet<String> marked() {
    @SuppressWarnings("unchecked")
    List<String> found = (List<String>) browser.driver.executeScript(
        "return [...document.querySelectorAll('.mark')].map(e => "
            + "e.closest('section.doc').querySelector('h3').textContent + '\\t' "
            + "+ (e.dataset.loc || '') + '\\t' "
            + "+ [...e.classList].find(c => c.startsWith('sev-')).substring(4))");
    return new TreeSet<>(found);
  }

  private static TreeSet<String> expectedMarks(String name) throws Exception {
    TreeSet<String> out = new TreeSet<>();
    for (String line : Files.readAllLines(CASES.resolve(name + ".marked.tsv"))) {
      if (!line.isBlank() && !line.startsWith("source\t")) {
        out.add(line.trim());
      }
    }
    return out;
  }

  private static boolean inView(WebElement e) {
    return (Boolean) browser.driver.executeScript("const r = arguments[0].getBoundingClientRect();"
        + "return r.bottom > 0 && r.top < window.innerHeight && r.right > 0 "
        + "&& r.left < window.innerWidth;", e);
  }

  @Test
  void plantedErrorsMarkExactlyTheCellsWithFindings() throws Exception {
    open(report("planted-errors"));
    assertEquals(expectedMarks("planted-errors"), marked());
  }

  @Test
  void dutchReportOutlinesTheCellsThatTookPart() throws Exception {
    Path nl = OUT.resolve("planted-errors-nl.html");
    Files.copy(report("planted-errors", "--lang", "nl"), nl,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    open(nl);
    assertEquals("nl", browser.driver.executeScript("return document.documentElement.lang"));
    @SuppressWarnings("unchecked")
    List<String> outlined = (List<String>) browser.driver.executeScript(
        "return [...document.querySelectorAll('.contrib')].map(e => "
            + "e.closest('section.doc').querySelector('h3').textContent + '\\t' + e.dataset.loc)");
    TreeSet<String> expected = new TreeSet<>();
    for (String line : Files.readAllLines(CASES.resolve("planted-errors.contributing.tsv"))) {
      if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("source\t")) {
        expected.add(line.trim());
      }
    }
    assertEquals(expected, new TreeSet<>(outlined));
    // the severity words and the messages are Dutch, as --lang nl asks
    String list = browser.driver.findElement(org.openqa.selenium.By.id("findings")).getText();
    assertTrue(list.contains("fout") && !list.contains(" error "), list);
    // the marks are drawn with an outline, not colour alone
    WebElement first = browser.driver.findElement(org.openqa.selenium.By.cssSelector(".contrib"));
    assertTrue(!"none".equals(first.getCssValue("outline-style"))
        || !"none".equals(first.getCssValue("border-top-style")), "contributing cells outlined");
  }

  @Test
  void aWrongRangeMarksEveryCellItBreaks() throws Exception {
    // one finding: the six subtotal cells of the short range and the six Totaal cells over them
    open(report("range-breaks-total"));
    assertEquals(expectedMarks("range-breaks-total"), marked());
    assertEquals(1, browser.driver.findElements(By.cssSelector("li.finding")).size());
  }

  @Test
  void samplesMarkExactlyTheCellsWithFindings() throws Exception {
    open(report("samples"));
    assertEquals(expectedMarks("samples"), marked());
    // every source read is shown with its tables, those without findings too
    @SuppressWarnings("unchecked")
    List<String> shown = (List<String>) browser.driver.executeScript(
        "return [...document.querySelectorAll('section.doc')].filter(s => s.querySelector('table'))"
            + ".map(s => s.querySelector('h3').textContent)");
    List<String> sources = new ArrayList<>();
    for (String line : Files.readAllLines(CASES.resolve("samples.args"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        sources.add(line.trim());
      }
    }
    assertEquals(sources, shown);
  }

  @Test
  void everyLinkOfTheListBringsItsCellIntoView() throws Exception {
    open(report("planted-errors"));
    List<WebElement> links = browser.driver.findElements(By.cssSelector("ol.findings li a"));
    assertFalse(links.isEmpty());
    int offScreen = 0;
    for (int i = 0; i < links.size(); i++) {
      browser.driver.executeScript("window.scrollTo(0, 0)");
      WebElement link = browser.driver.findElements(By.cssSelector("ol.findings li a")).get(i);
      String id = link.getAttribute("href").replaceFirst(".*#", "");
      WebElement target = browser.driver.findElement(By.id(id));
      if (!inView(target)) {
        offScreen++;
      }
      link.click();
      assertTrue(inView(target), "finding " + i + " leads to " + id + " in view");
      assertTrue(target.getAttribute("class").contains("mark"), id + " is marked");
      assertTrue(target.findElement(By.cssSelector(".tip")).isDisplayed(),
          "the message shows at the cell the link leads to");
    }
    assertTrue(offScreen > 0, "some cells were out of view before their link was followed");
  }

  @Test
  void messageShowsOnHoverAndOnKeyboardFocus() throws Exception {
    open(report("planted-errors"));
    WebElement cell = browser.driver.findElement(By.cssSelector("td.mark"));
    WebElement tip = cell.findElement(By.cssSelector(".tip"));
    assertFalse(tip.isDisplayed());
    new Actions(browser.driver).moveToElement(cell).perform();
    assertTrue(tip.isDisplayed());
    assertTrue(cell.getAttribute("title").contains(tip.findElement(By.cssSelector("code"))
        .getText()), "the title names the rule too");
    browser.driver.executeScript("window.scrollTo(0, 0); document.activeElement.blur()");
    new Actions(browser.driver).moveToElement(browser.driver.findElement(By.tagName("h1")))
        .perform();
    WebElement focused = null;
    for (int i = 0; i < 400 && focused == null; i++) {
      new Actions(browser.driver).sendKeys(Keys.TAB).perform();
      WebElement active = browser.driver.switchTo().activeElement();
      if ("td".equals(active.getTagName()) && active.getAttribute("class").contains("mark")) {
        focused = active;
      }
    }
    assertTrue(focused != null, "Tab reaches a marked cell");
    assertTrue(focused.findElement(By.cssSelector(".tip")).isDisplayed());
    assertTrue(inView(focused));
  }

  @Test
  void filtersHideOtherSeveritiesAndRules() throws Exception {
    open(report("planted-errors"));
    List<WebElement> warnings = browser.driver.findElements(By.cssSelector("li.finding.sev-warning"));
    List<WebElement> errors = browser.driver.findElements(By.cssSelector("li.finding.sev-error"));
    assertFalse(warnings.isEmpty());
    assertFalse(errors.isEmpty());
    browser.driver.findElement(By.cssSelector("label[for=fs-warning]")).click();
    warnings.forEach(w -> assertFalse(w.isDisplayed()));
    errors.forEach(e -> assertTrue(e.isDisplayed()));
    browser.driver.findElement(By.cssSelector("label[for=fs-warning]")).click();
    WebElement firstRule = browser.driver.findElement(By.cssSelector("input[id^=fr-]"));
    String cls = "rule-" + firstRule.getAttribute("id").substring(3);
    browser.driver.findElement(By.cssSelector("label[for=" + firstRule.getAttribute("id") + "]"))
        .click();
    for (WebElement li : browser.driver.findElements(By.cssSelector("li.finding"))) {
      assertEquals(!li.getAttribute("class").contains(cls), li.isDisplayed());
    }
  }

  @Test
  void theReportFetchesNothingAndIsSavedAsAScreenshot() throws Exception {
    Path html = report("planted-errors");
    String page = Files.readString(html);
    assertFalse(page.matches("(?s).*\\b(src|href)=\"(?!#).*"), "no link out of the page");
    assertFalse(page.contains("<script"), "no scripts");
    open(html);
    List<String> urls = browser.requestedUrls();
    assertFalse(urls.isEmpty(), "the page load itself is logged");
    for (String u : urls) {
      assertTrue(u.startsWith("file:") || u.startsWith("data:"), "fetched " + u);
    }
    assertEquals(0L, browser.driver.executeScript(
        "return performance.getEntriesByType('resource').length"));
    // The README's picture: the top of the page, with the message of the 2027 total showing.
    browser.driver.manage().window().setSize(new Dimension(1280, 2000));
    try {
      WebElement total = browser.driver.findElement(
          By.cssSelector("td[data-loc='Investeringsagenda!C13']"));
      browser.driver.executeScript("window.scrollTo(0, 0); arguments[0].focus({preventScroll: true})",
          total);
      assertTrue(total.findElement(By.cssSelector(".tip")).isDisplayed());
      byte[] png = browser.driver.getScreenshotAs(OutputType.BYTES);
      Files.write(OUT.resolve("planted-errors.png"), png);
      assertTrue(png.length > 10_000);
    } finally {
      browser.driver.manage().window().setSize(new Dimension(1280, 900));
    }
  }
}
