package org.agendacheck.gate;

/** The paths of a gate run hold no document: a gate that checked nothing must not pass. */
public final class NoDocumentsException extends Exception {
  private static final long serialVersionUID = 1L;

  NoDocumentsException(String message) {
    super(message);
  }
}
