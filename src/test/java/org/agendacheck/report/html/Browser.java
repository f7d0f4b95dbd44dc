package org.agendacheck.report.html;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's headless Chromium (Debian's chromium and chromium-driver), driven by Selenium: no
 * browser is downloaded, the profile is fresh, and every request the page makes is logged.
 */
final class Browser implements AutoCloseable {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts a browser with a window of the given size (CSS pixels). */
  static Browser start(int width, int height) throws IOException {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException("the HTML report tests need " + CHROMIUM + " and "
          + CHROMEDRIVER + " (apt-get install chromium chromium-driver; .ci/run does)");
    }
    Path profile = Files.createTempDirectory("agendacheck-chromium-");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM);
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
        "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=nl");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    o.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    return new Browser(new ChromeDriver(service, o), profile);
  }

  /** The URLs of every request the browser made since the last call (page loads included). */
  List<String> requestedUrls() {
    List<String> urls = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      String m = e.getMessage();
      if (m.contains("\"Network.requestWillBeSent\"")) {
        int i = m.indexOf("\"url\":\"");
        // the request's own url is the first one after "request"
        int r = m.indexOf("\"request\":{");
        if (r >= 0) {
          i = m.indexOf("\"url\":\"", r);
        }
        if (i >= 0) {
          int start = i + 7;
          urls.add(m.substring(start, m.indexOf('"', start)));
        }
      }
    }
    return urls;
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var walk = Files.walk(profile)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
