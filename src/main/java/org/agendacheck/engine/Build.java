package org.agendacheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What the build recorded about this library: its version and home page. */
public final class Build {
  private static final String RESOURCE = "/org/agendacheck/version.properties";

  private Build() {}

  /** The version of this library, as built ("dev" when run from unpacked classes without it). */
  public static String version() {
    return property("version", "dev");
  }

  /** The project's home page, as the build declares it (SARIF's informationUri). */
  public static String homePage() {
    return property("url", "https://github.com/agendacheck/agendacheck");
  }

  private static String property(String key, String fallback) {
    try (InputStream in = Build.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return fallback;
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty(key, fallback);
    } catch (IOException e) {
      return fallback;
    }
  }
}
