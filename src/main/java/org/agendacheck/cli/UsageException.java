package org.agendacheck.cli;

/** The command line asks for something that cannot be done: exit code 2, one line on stderr. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
