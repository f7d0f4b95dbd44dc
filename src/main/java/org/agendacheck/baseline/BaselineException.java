package org.agendacheck.baseline;

/** A baseline file cannot be read or written; the message names the file and the problem. */
public final class BaselineException extends Exception {
  public BaselineException(String message) {
    super(message);
  }
}
