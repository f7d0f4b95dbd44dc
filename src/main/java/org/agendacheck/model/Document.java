package org.agendacheck.model;

import java.util.List;

/**
 * What a reader made of one source: its tables, or the problem that kept it from being read.
 *
 * @param source the name the source was given by (a path as given on the command line, an upload
 *     name); findings name it
 * @param tables the tables read, in source order
 * @param problems what kept the source (or part of it) from being read; empty when it read cleanly
 */
public record Document(String source, List<Table> tables, List<Problem> problems) {
  public Document {
    tables = List.copyOf(tables);
    problems = List.copyOf(problems);
    for (Table t : tables) {
      t.attach(this);
    }
  }

  /** A document with one table. */
  public static Document of(String source, Table table) {
    return new Document(source, List.of(table), List.of());
  }

  /** A source that could not be read at all. */
  public static Document unreadable(String source, Problem problem) {
    return new Document(source, List.of(), List.of(problem));
  }
}
