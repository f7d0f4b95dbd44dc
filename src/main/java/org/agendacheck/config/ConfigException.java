package org.agendacheck.config;

/** A configuration file is missing or wrong; the message names the file and the problem. */
public final class ConfigException extends Exception {
  public ConfigException(String message) {
    super(oneLine(message));
  }

  /**
   * The message on one line, as a one-line error must be: a line break that came from the file
   * (a key or value holding one) is written as {@code \\n} or {@code \\r}.
   */
  static String oneLine(String message) {
    return message.replace("\r", "\\r").replace("\n", "\\n");
  }
}
