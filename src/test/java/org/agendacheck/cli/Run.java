package org.agendacheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One in-process run of the command line: its exit code and everything it wrote. */
record Run(int exit, String out, String err) {
  static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new Main(new PrintWriter(out), new PrintWriter(err)).run(args);
    return new Run(exit, out.toString(), err.toString());
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  /** True when neither stream shows a stack trace or an exception's name. */
  boolean clean() {
    return !(out + err).contains("at org.") && !(out + err).contains("Exception")
        && !(out + err).contains("\tat ");
  }
}
