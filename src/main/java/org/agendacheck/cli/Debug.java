package org.agendacheck.cli;

/**
 * {@code --debug}: the libraries' logging that is off by default (see simplelogger.properties) is
 * turned on for loggers made from now on; POI makes its loggers when a reader first uses it.
 */
final class Debug {
  private static volatile boolean on;

  private Debug() {}

  static void enable() {
    on = true;
    for (String lib : new String[] {"org.apache.poi", "org.apache.xmlbeans", "org.apache.pdfbox",
        "org.apache.fontbox"}) {
      System.setProperty("org.slf4j.simpleLogger.log." + lib, "debug");
    }
  }

  static boolean on() {
    return on;
  }
}
