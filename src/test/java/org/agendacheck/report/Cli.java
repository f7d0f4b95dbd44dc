package org.agendacheck.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.agendacheck.cli.Main;

/** Runs the command line in-process and keeps what it wrote. */
final class Cli {
  private Cli() {}

  /** What one command line gave. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    return runIn(null, args);
  }

  /** Runs with the given working directory (null: the process's). */
  static Run runIn(Path workingDirectory, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main main = workingDirectory == null ? new Main(new PrintWriter(out), new PrintWriter(err))
        : new Main(new PrintWriter(out), new PrintWriter(err), workingDirectory);
    int exit = main.run(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
