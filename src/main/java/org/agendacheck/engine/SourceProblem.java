package org.agendacheck.engine;

import org.agendacheck.model.Document;
import org.agendacheck.model.Problem;

/**
 * Fact: a problem a reader met in a document (the source is not valid or lacks the structure of an
 * agenda).
 *
 * @param document the document
 * @param problem what is wrong and where
 */
public record SourceProblem(Document document, Problem problem) {
  /** The problem's reason as the message variant ({@code parse-error.<reason>}) and its arguments. */
  public Args args() {
    return new Args(problem.reason(), problem.args(), java.util.List.of());
  }
}
