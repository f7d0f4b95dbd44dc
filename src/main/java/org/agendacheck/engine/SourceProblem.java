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
  public String getMessage() {
    return problem.message();
  }

  /** True when the problem is a defect of agendacheck (the internal-error rule reports it). */
  public boolean isInternal() {
    return org.agendacheck.model.Defect.is(problem);
  }
}
