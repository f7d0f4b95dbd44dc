package org.agendacheck.config;

/** A configuration file is missing or wrong; the message names the file and the problem. */
public final class ConfigException extends Exception {
  public ConfigException(String message) {
    super(message);
  }
}
