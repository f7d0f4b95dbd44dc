package org.agendacheck.engine;

import java.util.List;

/** The rules could not be compiled, or their metadata is incomplete. Each problem is one line. */
public final class RuleBuildException extends Exception {
  private final List<String> problems;

  public RuleBuildException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** One line per problem: "file:line: message". */
  public List<String> problems() {
    return problems;
  }
}
